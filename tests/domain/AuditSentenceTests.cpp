// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/AuditSentence.h"
#include "domain/EscalationStateMachine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

// The action codes the app writes, read from the code that writes them: every dotted literal in a file that
// appends audit records whose first part is one the trail already uses ("template.import" passed along
// before it reaches AuditRecord counts too), and the escalation codes made from EscalationAction.
QSet<QString> actionCodesInSources()
{
    const QRegularExpression direct(uR"re(AuditRecord\(\s*(?:\w+\s*\?\s*)?u"([a-z_]+)\.[a-z_]+"_s)re"_s);
    const QRegularExpression dotted(uR"re(u"([a-z_]+)\.([a-z_]+)")re"_s);
    QStringList texts;
    for (const QString &folder : { u"app/services"_s, u"app/storage"_s }) {
        QDirIterator files(
            QDir(QStringLiteral(TANDEM_SOURCE_DIR)).filePath(folder), { u"*.cpp"_s, u"*.h"_s }, QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            if (text.contains(u"AuditRecord("_s) || text.contains(u"Action = u\""_s))
                texts.append(text);
        }
    }
    QSet<QString> prefixes;
    for (const QString &text : std::as_const(texts)) {
        for (const QRegularExpressionMatch &match : direct.globalMatch(text))
            prefixes.insert(match.captured(1));
    }
    QSet<QString> codes;
    for (const QString &text : std::as_const(texts)) {
        for (const QRegularExpressionMatch &match : dotted.globalMatch(text)) {
            if (prefixes.contains(match.captured(1)))
                codes.insert(match.captured(1) + u'.' + match.captured(2));
        }
    }
    for (const EscalationAction action : allValues<EscalationAction>())
        codes.insert(u"escalation."_s + keyOf(action));
    return codes;
}

AuditListEntry entry(const QString &action, const QString &entity, std::optional<Id> entityId,
    const QString &after = {}, const QString &before = {})
{
    AuditListEntry item;
    item.entry.id = 7;
    item.entry.action = action;
    item.entry.entity = entity;
    item.entry.entityId = entityId;
    item.entry.after = after;
    item.entry.before = before;
    item.actorName = u"Sam Carter"_s;
    return item;
}

} // namespace

TEST_CASE("every audit action code the app writes reads as a sentence of its own", "[frontline][review][domain]")
{
    const QSet<QString> codes = actionCodesInSources();
    // The scan must find the codes known to exist, or it would pass by finding nothing.
    for (const QString &code : { u"interaction.log"_s, u"escalation.ask_rep"_s, u"customer.merge"_s,
             u"template.install_default"_s, u"agent.disable"_s, u"workspace.copy"_s, u"qa.review"_s })
        CHECK(codes.contains(code));
    for (const QString &code : codes) {
        INFO(code.toStdString());
        CHECK(AuditSentence::isKnown(code));
        const AuditListEntry item = entry(code, u"thing"_s, 12);
        const QString sentence = AuditSentence::of(item);
        CHECK_FALSE(sentence.isEmpty());
        CHECK(sentence != AuditSentence::generic(item.entry));
        CHECK_FALSE(sentence.contains(code));
    }
}

TEST_CASE("audit sentences name the customer, the record and the change", "[frontline][review][domain]")
{
    AuditListEntry complaint = entry(u"interaction.log"_s, u"interaction"_s, 40009,
        uR"({"customer":3,"kind":"complaint","channel":"phone","subject":"Refund late"})"_s);
    complaint.names.customer = u"Ada Lovelace"_s;
    CHECK(AuditSentence::of(complaint) == u"Logged a complaint for Ada Lovelace: “Refund late”"_s);

    const AuditListEntry restored
        = entry(u"article.restore"_s, u"article"_s, 3, uR"({"title":"Router reset","state":"published"})"_s);
    CHECK(AuditSentence::of(restored) == u"Restored the archived article “Router reset”, published again"_s);

    AuditListEntry ask = entry(u"escalation.ask_rep"_s, u"escalation"_s, 12, uR"({"state":"needs_info_from_rep"})"_s);
    ask.names.customer = u"Ada Lovelace"_s;
    CHECK(AuditSentence::of(ask) == u"Asked the rep for information on escalation #12 for Ada Lovelace"_s);

    AuditListEntry role = entry(u"agent.role"_s, u"agent"_s, 4, uR"({"name":"Priya Nair","role":"team_lead"})"_s,
        uR"({"name":"Priya Nair","role":"support_specialist"})"_s);
    CHECK(AuditSentence::of(role) == u"Changed the role of Priya Nair from Support specialist to Team lead"_s);

    AuditListEntry severity = entry(
        u"escalation.change_severity"_s, u"escalation"_s, 5, uR"({"severity":"s1"})"_s, uR"({"severity":"s3"})"_s);
    CHECK_THAT(AuditSentence::of(severity).toStdString(), ContainsSubstring("escalation #5 for a customer from"));

    AuditListEntry correction = entry(u"interaction.correct"_s, u"interaction"_s, 40100,
        uR"({"customer":3,"kind":"complaint","subject":"Refund late","corrects":40009})"_s);
    correction.names.customer = u"Ada Lovelace"_s;
    CHECK(AuditSentence::of(correction) == u"Corrected entry #40009 for Ada Lovelace: “Refund late”"_s);
    AuditListEntry superseded
        = entry(u"interaction.supersede"_s, u"interaction"_s, 40009, uR"({"superseded_by":40100})"_s);
    superseded.names.customer = u"Ada Lovelace"_s;
    CHECK(AuditSentence::of(superseded) == u"Marked entry #40009 for Ada Lovelace as corrected by entry #40100"_s);

    AuditListEntry exported = entry(u"records.export"_s, u"records"_s, std::nullopt, uR"({"rows":250})"_s);
    CHECK(AuditSentence::of(exported) == u"Exported 250 records to a CSV file"_s);

    // A customer whose record is gone is still named by its number.
    const AuditListEntry gone = entry(u"customer.update"_s, u"customer"_s, 99);
    CHECK(AuditSentence::of(gone) == u"Edited the details of customer #99"_s);
}

TEST_CASE("an unknown audit code falls back to a readable generic sentence", "[frontline][review][domain]")
{
    const AuditListEntry future = entry(u"conversation.assign_team"_s, u"conversation"_s, 31);
    CHECK_FALSE(AuditSentence::isKnown(future.entry.action));
    CHECK(AuditSentence::of(future) == u"Recorded “conversation assign team” on conversation #31"_s);
    const AuditListEntry bare = entry(u"backup"_s, QString(), std::nullopt);
    CHECK(AuditSentence::of(bare) == u"Recorded “backup”"_s);
}
