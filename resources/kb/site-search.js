// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The self-service site's search: runs in the visitor's browser over the index the generator wrote
// beside the page (search-index.js sets window.TANDEM_SEARCH_INDEX), so it works from any static host
// and from a plain folder (file://, where fetching JSON is refused). Every query word must start a
// word of the article; words in the title count most, then topic and tags, then the text.
// "#q=words" or "?q=words" in the address runs a search when the page opens.
(function () {
    "use strict";

    function fold(text) {
        return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
            .replace(/ß/g, "ss").replace(/ı/g, "i").replace(/ø/g, "o").replace(/đ/g, "d").replace(/ł/g, "l");
    }

    function wordsOf(text) {
        return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (word) { return word.length > 0; });
    }

    var entries = (window.TANDEM_SEARCH_INDEX || []).map(function (article) {
        return {
            article: article,
            title: wordsOf(article.t),
            topic: wordsOf(article.c + " " + article.g),
            body: article.w.split(" ")
        };
    });

    function starts(words, term) {
        for (var i = 0; i < words.length; ++i) {
            if (words[i].lastIndexOf(term, 0) === 0)
                return true;
        }
        return false;
    }

    function search(query) {
        var terms = wordsOf(query);
        if (terms.length === 0)
            return [];
        var found = [];
        entries.forEach(function (entry) {
            var score = 0;
            for (var i = 0; i < terms.length; ++i) {
                var term = terms[i];
                var points = starts(entry.title, term) ? 3 : starts(entry.topic, term) ? 2 : starts(entry.body, term) ? 1 : 0;
                if (points === 0)
                    return;
                score += points;
            }
            found.push({ entry: entry, score: score });
        });
        found.sort(function (a, b) {
            return b.score - a.score || a.entry.article.t.localeCompare(b.entry.article.t);
        });
        return found.slice(0, 50);
    }

    function queryInAddress() {
        var hash = /[#&]q=([^&]*)/.exec(window.location.hash);
        var search = /[?&]q=([^&]*)/.exec(window.location.search);
        var raw = hash ? hash[1] : search ? search[1] : "";
        try {
            return decodeURIComponent(raw.replace(/\+/g, " "));
        } catch (e) {
            return "";
        }
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className)
            node.className = className;
        if (text)
            node.textContent = text;
        return node;
    }

    function start() {
        var form = document.getElementById("search");
        var input = document.getElementById("search-input");
        var section = document.getElementById("results");
        var count = document.getElementById("result-count");
        var list = document.getElementById("result-list");
        if (!form || !input || !section || !count || !list)
            return;
        var base = section.getAttribute("data-base") || "";

        function render(query) {
            list.textContent = "";
            if (query.trim() === "") {
                section.hidden = true;
                count.textContent = "";
                return;
            }
            var hits = search(query);
            section.hidden = false;
            var sentence = hits.length === 0 ? section.getAttribute("data-none")
                : hits.length === 1 ? section.getAttribute("data-one") : section.getAttribute("data-many");
            count.textContent = sentence.replace("%1", query.trim()).replace("%n", String(hits.length));
            hits.forEach(function (hit) {
                var article = hit.entry.article;
                var item = element("li");
                var link = element("a", "", article.t);
                link.href = base + article.u;
                item.appendChild(link);
                if (article.c)
                    item.appendChild(element("p", "meta", article.c));
                if (article.s)
                    item.appendChild(element("p", "summary", article.s));
                list.appendChild(item);
            });
        }

        form.addEventListener("submit", function (event) {
            event.preventDefault();
            render(input.value);
            if (window.history && window.history.replaceState)
                window.history.replaceState(null, "", "#q=" + encodeURIComponent(input.value.trim()));
        });
        input.addEventListener("input", function () { render(input.value); });

        var initial = queryInAddress();
        if (initial) {
            input.value = initial;
            render(initial);
        }
    }

    if (document.readyState === "loading")
        document.addEventListener("DOMContentLoaded", start);
    else
        start();
})();
