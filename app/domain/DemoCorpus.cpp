// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/DemoCorpus.h"

#include <cstddef>
#include <iterator>

using namespace Qt::StringLiterals;

// All texts below are written for Tandem's demo workspaces. They describe "Lumo", a fictional
// seller of smart-home devices with an app, a cloud plan and an API, because that gives both
// everyday service questions (orders, returns, billing) and technical support cases.
//
// A large demo workspace calls compose() about a million times, so the tables are constant data
// (QStringView over literals, nothing built at start-up) and a text is assembled by appending
// into one QString. Placeholders such as {o} are filled by Writer; each value is drawn once per
// text, so an order number or product stays the same everywhere within one message.

namespace tandem {
namespace {

template<typename T, std::size_t N> const T &pickFrom(DemoRandom &random, const T (&table)[N])
{
    return table[std::size_t(random.below(int(N)))];
}

void appendInt(QString &out, quint64 value, int width = 0)
{
    char16_t buffer[24];
    int at = 24;
    do {
        buffer[--at] = char16_t(u'0' + value % 10U);
        value /= 10U;
    } while (value != 0U && at > 0);
    while (24 - at < width && at > 0)
        buffer[--at] = u'0';
    out.append(QStringView(buffer + at, 24 - at));
}

void appendMoney(QString &out, int cents)
{
    out.append(u'€');
    const int whole = cents / 100;
    if (whole >= 1000) {
        appendInt(out, quint64(whole / 1000));
        out.append(u',');
        appendInt(out, quint64(whole % 1000), 3);
    } else {
        appendInt(out, quint64(whole));
    }
    out.append(u'.');
    appendInt(out, quint64(cents % 100), 2);
}

void appendHex(QString &out, quint64 bits, int digits)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    for (int i = 0; i < digits; ++i) {
        out.append(QChar(hex[bits & 0xfU]));
        bits >>= 4U;
    }
}

// --- Reference tables ------------------------------------------------------------------------

struct Product
{
    QStringView name;
    int cents;
};

// The first kDeviceCount entries are devices; {p} only names those, orders may include plans.
constexpr Product kProducts[] = {
    { u"Lumo Hub 2", 12900 },
    { u"Lumo Cam Indoor", 7900 },
    { u"Lumo Cam Outdoor", 14900 },
    { u"Lumo Video Doorbell", 17900 },
    { u"Lumo Thermostat", 19900 },
    { u"Lumo Smart Plug", 1990 },
    { u"Lumo Mesh Router", 22900 },
    { u"Lumo Desk Lamp", 6490 },
    { u"Lumo Air Purifier", 24900 },
    { u"Lumo Motion Sensor", 2990 },
    { u"Lumo Light Strip", 4490 },
    { u"Lumo Door Sensor", 2490 },
    { u"Lumo Leak Sensor", 3490 },
    { u"Lumo Smart Lock", 21900 },
    { u"Lumo Kettle", 8990 },
    { u"Lumo Scale", 5990 },
    { u"Lumo Plus (1 year)", 9900 },
    { u"Lumo Business (10 seats, 1 month)", 14900 },
};
constexpr int kDeviceCount = 16;

constexpr QStringView kAgents[] = {
    u"Priya",
    u"Tomás",
    u"Hannah",
    u"Kwame",
    u"Lena",
    u"Marco",
    u"Aiko",
    u"Sam",
    u"Noor",
    u"Jonas",
    u"Chloé",
    u"Dev",
    u"Ingrid",
    u"Rafael",
    u"Mei",
    u"Oliver",
};

constexpr QStringView kWeekdays[] = { u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday" };

constexpr QStringView kCouriers[]
    = { u"DHL", u"UPS", u"FedEx", u"GLS", u"DPD", u"PostNord", u"Royal Mail", u"La Poste", u"Canada Post", u"PostNL" };

constexpr QStringView kFeatures[] = { u"scheduled scenes", u"calendar sync", u"two-factor sign-in", u"energy reports",
    u"guest access", u"geofencing", u"motion zones", u"family sharing", u"CSV export" };

constexpr QStringView kStores[] = { u"the Amsterdam store", u"the Berlin Mitte store", u"the Lyon showroom",
    u"the Manchester store", u"the Oslo pop-up", u"the Toronto store", u"the Kraków store", u"the Melbourne showroom" };

constexpr QStringView kDiscountCodes[] = { u"SORRY15", u"THANKYOU10", u"WELCOMEBACK", u"CARE20", u"LUMO15" };

constexpr QStringView kFaqArticles[] = {
    u"How do I reset my Lumo Hub?",
    u"Tracking your order",
    u"Returns and exchanges",
    u"Changing your billing details",
    u"Pairing a new device",
    u"Why is my camera offline?",
    u"Sharing access with family",
    u"Updating device firmware",
    u"Cancelling or pausing Lumo Plus",
    u"Warranty and repairs",
};

constexpr int kPercents[] = { 10, 15, 20, 25 };

// --- Placeholder filling -----------------------------------------------------------------------

class Writer
{
public:
    Writer(DemoRandom &random, const QString &firstName) : m_random(random), m_firstName(firstName) { }

    template<typename T, std::size_t N> const T &pick(const T (&table)[N]) { return pickFrom(m_random, table); }
    bool chance(int percent) { return m_random.percent(percent); }
    int below(int bound) { return m_random.below(bound); }
    void setCause(QStringView cause) { m_cause = cause; }
    int minutes()
    {
        if (m_minutes == 0)
            m_minutes = 3 + below(38);
        return m_minutes;
    }

    // Appends `text` with every {x} placeholder replaced; anything else is copied as it is.
    void put(QString &out, QStringView text)
    {
        qsizetype start = 0;
        const qsizetype size = text.size();
        for (qsizetype i = 0; i + 2 < size; ++i) {
            if (text[i] != u'{' || text[i + 2] != u'}')
                continue;
            out.append(text.sliced(start, i - start));
            if (!value(out, text[i + 1].unicode()))
                out.append(text.sliced(i, 3));
            i += 2;
            start = i + 1;
        }
        out.append(text.sliced(start));
    }

    // One line of a chat transcript, "[14:02] Agent: ...", with the clock moving on a little.
    void chatLine(QString &out, bool agent, QStringView text)
    {
        if (m_chatMinute < 0)
            m_chatMinute = 8 * 60 + below(12 * 60);
        else
            m_chatMinute += below(3);
        if (!out.isEmpty())
            out.append(u'\n');
        out.append(u'[');
        appendInt(out, quint64(m_chatMinute / 60 % 24), 2);
        out.append(u':');
        appendInt(out, quint64(m_chatMinute % 60), 2);
        out.append(agent ? QStringView(u"] Agent: ") : QStringView(u"] Customer: "));
        put(out, text);
    }

    // "Best,\nZoë" under the customer's email; an unnamed customer's email just ends.
    void customerSignOff(QString &out, QStringView signOff)
    {
        if (m_firstName.isEmpty())
            return;
        out.append(u"\n\n");
        out.append(signOff);
        out.append(u'\n');
        out.append(m_firstName);
    }
    // The customer's name under a short reply, if we know it.
    void customerSignature(QString &out)
    {
        if (!m_firstName.isEmpty()) {
            out.append(u'\n');
            out.append(m_firstName);
        }
    }

private:
    bool value(QString &out, char16_t code)
    {
        switch (code) {
        case u'n':
            out.append(m_firstName.isEmpty() ? QStringView(u"there") : QStringView(m_firstName));
            return true;
        case u'a':
            if (m_agent < 0)
                m_agent = below(int(std::size(kAgents)));
            out.append(kAgents[m_agent]);
            return true;
        case u'p':
            out.append(kProducts[product()].name);
            return true;
        case u'o':
            if (m_order == 0)
                m_order = 100000 + below(900000);
            out.append(u"LU-");
            appendInt(out, quint64(m_order));
            return true;
        case u't':
            if (m_case == 0)
                m_case = 10000 + below(90000);
            out.append(u'#');
            appendInt(out, quint64(m_case));
            return true;
        case u'm':
            if (m_amount < 0)
                m_amount = kProducts[product()].cents;
            appendMoney(out, m_amount);
            return true;
        case u'd':
            if (m_weekday < 0)
                m_weekday = below(int(std::size(kWeekdays)));
            out.append(kWeekdays[m_weekday]);
            return true;
        case u'c':
            if (m_courier < 0)
                m_courier = below(int(std::size(kCouriers)));
            out.append(kCouriers[m_courier]);
            return true;
        case u'k':
            if (m_tracking == 0)
                m_tracking = 100000000000ULL + m_random.next() % 900000000000ULL;
            appendInt(out, m_tracking);
            return true;
        case u'h':
            appendInt(out, quint64(minutes()));
            return true;
        case u'e':
            if (m_errorCode == 0)
                m_errorCode = 1000 + below(9000);
            out.append(u'E');
            appendInt(out, quint64(m_errorCode));
            return true;
        case u'v':
            if (m_version < 0)
                m_version = below(3 * 13 * 10);
            appendInt(out, quint64(3 + m_version / 130));
            out.append(u'.');
            appendInt(out, quint64(m_version / 10 % 13));
            out.append(u'.');
            appendInt(out, quint64(m_version % 10));
            return true;
        case u'f':
            if (m_feature < 0)
                m_feature = below(int(std::size(kFeatures)));
            out.append(kFeatures[m_feature]);
            return true;
        case u's':
            if (m_store < 0)
                m_store = below(int(std::size(kStores)));
            out.append(kStores[m_store]);
            return true;
        case u'x':
            if (m_code < 0)
                m_code = below(int(std::size(kDiscountCodes)));
            out.append(kDiscountCodes[m_code]);
            return true;
        case u'P':
            if (m_percent == 0)
                m_percent = pick(kPercents);
            appendInt(out, quint64(m_percent));
            return true;
        case u'F': {
            if (m_friend < 0)
                m_friend = below(1 << 20);
            const QStringList &first = DemoCorpus::firstNames();
            const QStringList &last = DemoCorpus::lastNames();
            out.append(first.at(m_friend % first.size()));
            out.append(u' ');
            out.append(last.at(m_friend / first.size() % last.size()));
            return true;
        }
        case u'C': {
            const QStringList &companies = DemoCorpus::companies();
            if (m_company < 0)
                m_company = below(int(companies.size()));
            out.append(companies.at(m_company));
            return true;
        }
        case u'l':
            if (m_last4 < 0)
                m_last4 = below(10000);
            appendInt(out, quint64(m_last4), 4);
            return true;
        case u'q':
            if (m_faq < 0)
                m_faq = below(int(std::size(kFaqArticles)));
            out.append(kFaqArticles[m_faq]);
            return true;
        case u'i':
            // Causes are stored capitalised ("Late delivery") but read inside a sentence.
            if (!m_cause.isEmpty()) {
                const bool acronym = m_cause.size() > 1 && m_cause[1].isUpper();
                out.append(acronym ? m_cause.front() : m_cause.front().toLower());
                out.append(m_cause.sliced(1));
            }
            return true;
        case u'R':
            if (m_referral == 0)
                m_referral = 1000 + below(9000);
            out.append(u"FRIEND-");
            appendInt(out, quint64(m_referral));
            return true;
        case u'X':
            if (m_id == 0)
                m_id = m_random.next() | 1U;
            appendHex(out, m_id, 8);
            return true;
        case u'H':
            appendHex(out, m_random.next(), 10);
            return true;
        case u'N':
            appendInt(out, quint64(2 + below(249)));
            return true;
        case u'j':
            if (m_small == 0)
                m_small = 2 + below(249);
            appendInt(out, quint64(m_small));
            return true;
        case u'T':
            tick();
            appendDate(out);
            out.append(u' ');
            appendTime(out);
            out.append(u'.');
            appendInt(out, quint64(m_ms % 1000), 3);
            return true;
        case u'I':
            ensureClock();
            appendDate(out);
            out.append(u'T');
            appendTime(out);
            out.append(u'Z');
            return true;
        case u'D':
            ensureClock();
            appendDate(out);
            return true;
        default:
            return false;
        }
    }

    int product()
    {
        if (m_product < 0)
            m_product = below(kDeviceCount);
        return m_product;
    }

    void ensureClock()
    {
        if (m_day != 0)
            return;
        m_year = 2024 + below(2);
        m_month = 1 + below(12);
        m_day = 1 + below(27);
        m_ms = below(86400) * 1000;
        m_ms += below(1000);
    }
    // Log lines move forward by a few milliseconds to a minute or so.
    void tick()
    {
        ensureClock();
        m_ms += 1 + below(1800);
        if (below(5) == 0)
            m_ms += below(75000);
        if (m_ms >= 86400000) {
            m_ms -= 86400000;
            ++m_day;
        }
    }
    void appendDate(QString &out) const
    {
        appendInt(out, quint64(m_year));
        out.append(u'-');
        appendInt(out, quint64(m_month), 2);
        out.append(u'-');
        appendInt(out, quint64(m_day), 2);
    }
    void appendTime(QString &out) const
    {
        const int seconds = m_ms / 1000;
        appendInt(out, quint64(seconds / 3600), 2);
        out.append(u':');
        appendInt(out, quint64(seconds / 60 % 60), 2);
        out.append(u':');
        appendInt(out, quint64(seconds % 60), 2);
    }

    DemoRandom &m_random;
    const QString &m_firstName;
    QStringView m_cause;
    int m_agent = -1;
    int m_product = -1;
    int m_order = 0;
    int m_case = 0;
    int m_amount = -1;
    int m_weekday = -1;
    int m_courier = -1;
    quint64 m_tracking = 0;
    int m_minutes = 0;
    int m_errorCode = 0;
    int m_version = -1;
    int m_feature = -1;
    int m_store = -1;
    int m_code = -1;
    int m_percent = 0;
    int m_friend = -1;
    int m_company = -1;
    int m_last4 = -1;
    int m_faq = -1;
    int m_referral = 0;
    int m_small = 0;
    quint64 m_id = 0;
    int m_chatMinute = -1;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    int m_ms = 0;
};

// --- Everyday conversations ----------------------------------------------------------------------

// One reason to get in touch, told in each of the voices a channel needs.
struct Topic
{
    QStringView subject; // the customer's email subject
    QStringView phrase; // reads after "about": "the status of order {o}"
    QStringView ask; // the customer, a few sentences
    QStringView shortAsk; // the customer in a chat window or a post
    QStringView answer; // the agent, a few sentences
    QStringView shortAnswer; // the agent in a chat window or a post
    QStringView outcome; // what happened, for call summaries and notes
};

constexpr Topic kTopics[] = {
    { u"Where is my order {o}?", u"the status of order {o}",
        u"I ordered the {p} last week and the tracking page hasn't moved since {d}. Could you tell me where order {o} "
        u"is? I was hoping to have it before the weekend.",
        u"hi, any news on order {o}? tracking hasn't changed since {d}",
        u"I've checked with {c}, and order {o} is at their local depot. It's due to go out for delivery tomorrow, and "
        u"you can follow it with tracking number {k}.",
        u"It's at the {c} depot and goes out for delivery tomorrow. Tracking number: {k}",
        u"Order {o} is at the {c} depot and should be delivered tomorrow. Shared tracking number {k}." },
    { u"Change of delivery address", u"changing the delivery address on order {o}",
        u"I've just realised order {o} is going to my old flat. I moved last month and forgot to update my account. Is "
        u"there still time to change the address?",
        u"can I still change the address on order {o}? it's going to my old place",
        u"Good news: the parcel hadn't left our warehouse yet, so I've changed order {o} to your new address. A fresh "
        u"confirmation email is on its way to you.",
        u"Caught it just in time! Order {o} now goes to your new address, and a new confirmation is on its way.",
        u"Changed the delivery address on order {o} before dispatch and sent a new confirmation." },
    { u"Question before I buy", u"setting up the {p} without drilling",
        u"I'm thinking about buying the {p}, but I rent and can't drill into the walls. Does it work without a "
        u"permanent "
        u"installation, and do I need the hub for it?",
        u"quick question: does the {p} need the hub, and can I set it up without drilling?",
        u"The {p} comes with an adhesive mount, so there's no drilling involved. It connects to the app over Wi-Fi on "
        u"its own; the hub is only needed if you want it in automations with other sensors.",
        u"No drilling needed, the adhesive mount is in the box. It works over Wi-Fi on its own; the hub is only for "
        u"automations.",
        u"Explained the adhesive mount and that the hub is optional. Customer plans to order this week." },
    { u"Invoice for order {o}", u"a VAT invoice for order {o}",
        u"Could you send me a proper invoice for order {o}? Our accounts team needs one made out to {C} with our VAT "
        u"number on it.",
        u"I need an invoice in our company's name for order {o}, is that possible?",
        u"Of course. I've reissued the invoice for order {o} in the name of {C} and attached it here. If your accounts "
        u"team needs anything else on it, just say the word.",
        u"Done! The invoice for {o} is reissued to {C} and on its way to your inbox.",
        u"Reissued the invoice for order {o} in the name of {C}, with their VAT number." },
    { u"Returning the {p}", u"returning the {p}",
        u"The {p} works fine, but it just isn't right for our place. I'm still within the 30 days, so how do I send it "
        u"back?",
        u"how do I return the {p}? still within the 30 days",
        u"No problem at all. I've emailed you a prepaid {c} label. Pack the {p} in any sturdy box, drop it off at a "
        u"{c} "
        u"point, and your refund follows within five working days of it reaching us.",
        u"I've sent a prepaid {c} label to your email. The refund follows within 5 working days of it reaching us.",
        u"Sent a prepaid {c} return label for the {p}; refund to follow once it arrives." },
    { u"Can't sign in to the app", u"signing in to the Lumo app",
        u"Since {d} the app keeps telling me my password is wrong, even right after I reset it. I've tried on my phone "
        u"and on my tablet, same thing.",
        u"the app says my password is wrong even after a reset??",
        u"Sorry for the runaround. Your account was locked after several attempts, which is why even the new password "
        u"was refused. I've unlocked it, so please try the password you set most recently.",
        u"Your account was locked after too many attempts. I've unlocked it, so try your newest password now.",
        u"Account was locked after repeated failed sign-ins. Unlocked it and the customer signed in straight away." },
    { u"Upgrading to Lumo Plus", u"upgrading to Lumo Plus",
        u"We'd like more than seven days of camera history. If I upgrade to Lumo Plus now, do I lose the recordings I "
        u"already have?",
        u"if I upgrade to Plus, do I keep my existing recordings?",
        u"You keep everything. Lumo Plus extends your history to 60 days straight away, and your existing clips stay "
        u"where they are. This month you only pay the difference for the days that are left.",
        u"You keep all of it, and history goes up to 60 days right away. This month you only pay the difference.",
        u"Explained Lumo Plus history and the pro-rated first month. Customer upgraded during the conversation." },
    { u"Discount code not accepted", u"a discount code that wouldn't apply",
        u"I got a {P}% code in your newsletter, but the checkout says it's invalid. The {p} is in my basket. Am I "
        u"doing "
        u"something wrong?",
        u"the checkout says my {P}% newsletter code is invalid",
        u"You're not doing anything wrong: the code was set up with the wrong dates on our side. I've applied the {P}% "
        u"to your basket directly, so it will show as soon as you refresh the page.",
        u"That one's on us, the code had the wrong dates. I've applied the {P}% to your basket, just refresh.",
        u"Newsletter code had the wrong date range; applied the {P}% discount by hand." },
    { u"Cancelling my subscription", u"cancelling Lumo Plus",
        u"I'd like to cancel Lumo Plus at the end of this billing period. We're moving abroad and won't need the "
        u"cameras for a while.",
        u"I'd like to cancel Plus at the end of this period please",
        u"I've set your Lumo Plus plan to end on the last day of this billing period, and you won't be charged again. "
        u"Your recordings stay available until then. Good luck with the move!",
        u"All set: Plus ends with this billing period and there are no further charges. Good luck with the move!",
        u"Set Lumo Plus to end with the current period. Customer is moving abroad and may come back later." },
    { u"Warranty question about my {p}", u"a warranty repair for the {p}",
        u"My {p} is about fourteen months old and the button has stopped responding. Is that still covered by the "
        u"warranty?",
        u"is my {p} still under warranty? the button stopped working",
        u"Yes, every Lumo device has a two-year warranty, so you're covered. I've opened repair case {t}, and we'll "
        u"ship a replacement as soon as the old one is on its way back to us.",
        u"You're covered by the 2-year warranty. Repair case {t} is open, and a replacement ships once the old one "
        u"is sent back.",
        u"Still within the two-year warranty. Opened repair case {t} and agreed on an advance replacement." },
    { u"Delivery time for order {o}", u"the delivery window for order {o}",
        u"Will order {o} come in the morning or the afternoon? I'm only home until noon on {d}.",
        u"what time will {o} arrive on {d}? I'm out after noon",
        u"{c} doesn't fix a time in advance, but I've added a note asking for a morning delivery on {d}. If you miss "
        u"it, they'll leave the parcel at your nearest pick-up point.",
        u"I've asked {c} for a morning slot on {d}. If you miss it, it goes to your nearest pick-up point.",
        u"Asked {c} for a morning delivery on {d} and explained the pick-up point fallback." },
    { u"Help pairing a new {p}", u"pairing a new {p}",
        u"I can't get the {p} to show up in the app. The light blinks blue, but nothing happens when I tap \"Add "
        u"device\".",
        u"my new {p} blinks blue but the app can't find it",
        u"A blinking blue light means it's waiting for a 2.4 GHz Wi-Fi network. Many routers hide that band behind a "
        u"combined name, so please switch your phone to the 2.4 GHz network for a minute and tap \"Add device\" again.",
        u"Blinking blue = waiting for 2.4 GHz Wi-Fi. Switch your phone to the 2.4 GHz network and try \"Add device\" "
        u"again.",
        u"Phone was on the 5 GHz band. After switching to 2.4 GHz the {p} paired at once." },
    { u"Quote for {C}", u"a volume quote for {C}",
        u"We're fitting out a new office for {C} and need about twenty units of the {p}. Do you offer volume pricing, "
        u"and can you invoice us?",
        u"do you do volume pricing? we need about 20 of the {p} for our office",
        u"We'd be glad to help. For twenty units of the {p} we can offer {P}% off the list price, with payment on "
        u"invoice within 30 days. I've attached a quote for {C} that's valid for a month.",
        u"We do! For 20 units it's {P}% off with payment on invoice. I'll email you a formal quote today.",
        u"Sent {C} a quote for twenty units of the {p} at {P}% off, payment on invoice." },
    { u"Two charges on my card", u"two card charges for order {o}",
        u"I can see two charges of {m} on my card for order {o}. Have I been charged twice?",
        u"I've been charged twice for {o}?",
        u"Only one of those is a real charge. The second is a pending authorisation from a payment retry, and it drops "
        u"off by itself within three to five working days, so your statement will show {m} once.",
        u"Only one is a real charge; the other is a pending authorisation that drops off in 3-5 working days.",
        u"The second charge of {m} was a pending authorisation from a retry and will drop off by itself." },
    { u"Sending the {p} as a gift", u"sending the {p} as a gift",
        u"I'd like to send the {p} straight to my sister for her birthday. Could you leave the price off and add a "
        u"little card?",
        u"can you ship the {p} as a gift, no price on it, with a card?",
        u"Absolutely. I've marked the order as a gift, so the packing slip won't show any prices, and we'll add a "
        u"handwritten card. Just reply with the message you'd like on it.",
        u"Of course! Marked as a gift, no prices on the slip. What would you like the card to say?",
        u"Marked the order as a gift, without prices and with a handwritten card." },
    { u"My loyalty points", u"missing loyalty points",
        u"My last order didn't add any loyalty points to my account. It was order {o}, if that helps.",
        u"the points from order {o} never showed up",
        u"Thanks for flagging this. Points are normally added once an order is delivered, but order {o} slipped "
        u"through. I've added them by hand, and they're in your account now.",
        u"Found it: the points for {o} didn't post. I've added them by hand, so you should see them now.",
        u"Points for order {o} hadn't posted; added them manually." },
};

constexpr QStringView kCustomerGreetings[]
    = { u"Hi,", u"Hello,", u"Hi there,", u"Good morning,", u"Dear Lumo team,", u"Hello support team,", u"Hi Lumo," };
constexpr QStringView kCustomerClosings[] = { u"Thanks in advance.", u"Looking forward to hearing from you.",
    u"Thanks for your help!", u"I'd appreciate a quick answer.", u"Thank you." };
constexpr QStringView kCustomerSignOffs[]
    = { u"Best,", u"Kind regards,", u"Thanks,", u"Cheers,", u"Many thanks,", u"Best wishes," };
constexpr QStringView kAgentOpeners[] = { u"Thanks for getting in touch.",
    u"Thank you for reaching out, and sorry for the wait.", u"Thanks for your message.",
    u"Thanks for the details, they made this quick to check.", u"Thanks for your patience while I looked into this." };
constexpr QStringView kAgentClosings[]
    = { u"If anything else comes up, just reply to this email.", u"Let me know if there's anything else I can do.",
          u"I hope that helps!", u"Happy to help with anything else, too.", u"Have a lovely rest of your week." };
constexpr QStringView kAgentSignOffs[] = { u"Best wishes,", u"Kind regards,", u"Warm regards,", u"All the best," };
constexpr QStringView kAgentSignatures[]
    = { u"{a}\nLumo Customer Care", u"{a} | Lumo Support", u"{a}\nLumo Support Team" };

constexpr QStringView kChatAcks[]
    = { u"Hi {n}, thanks for waiting! Let me have a look.", u"Hello {n}! Give me a moment to check that for you.",
          u"Hi {n}, I'm {a}. One second while I pull that up.", u"Hi {n}, thanks for your patience. Checking now." };
constexpr QStringView kChatThanks[] = {
    u"perfect, thank you!",
    u"great, thanks so much",
    u"ah ok, that makes sense. thanks!",
    u"brilliant 👍",
    u"thank you!! 🙏",
    u"ok cool, thanks",
    u"amazing, you're a star ⭐",
};
constexpr QStringView kChatClosings[]
    = { u"You're welcome! Anything else I can help with today?", u"Happy to help, {n}. Have a great day!",
          u"Glad we got that sorted. Take care!", u"Any time! Enjoy the rest of your day 😊" };
constexpr QStringView kSocialEmoji[] = { u" 🙏", u" 🤔", u" 😕", u" 😩", u"", u"", u"" };
constexpr QStringView kSocialReplyEmoji[] = { u" 💙", u" 🙌", u" 😊", u"", u"" };
constexpr QStringView kSocialSignatures[] = { u" ^{a}", u" – {a}", u" /{a}", u"" };

constexpr QStringView kNextSteps[]
    = { u"No further action needed.", u"Sent a short recap by email afterwards.", u"Follow-up scheduled for {d}.",
          u"Customer was happy with the outcome.", u"Set a reminder to check in next week." };

// --- Technical support cases -------------------------------------------------------------------

struct TechTopic
{
    BodyFormat format;
    QStringView subject;
    QStringView phrase;
    QStringView symptom; // the customer, ends where the pasted text follows
    QStringView shortSymptom; // the same in a chat window
    QStringView agentLead; // the agent, ends where the pasted text follows
    // Either two different failures, each with its own finding, or (beforeAfter) the customer's
    // broken file first and the agent's corrected one second, sharing the first finding.
    QStringView artefacts[2];
    QStringView outcomes[2];
    bool beforeAfter = false;
};

constexpr TechTopic kTechTopics[] = {
    { BodyFormat::Log, u"Hub goes offline every night", u"the Lumo Hub dropping offline overnight",
        u"Every night my Lumo Hub goes offline, and the automations stop until I unplug it. I downloaded the log from "
        u"the diagnostics page in the app, and this is the part from last night:",
        u"my hub goes offline every night, here's the log from the diagnostics page:",
        u"I pulled the diagnostics log from your hub, and the relevant part is below. The hub loses its Wi-Fi "
        u"connection when your router changes channel during the night:",
        { u"{T} INFO  [wifi] link up: ssid=home-2g rssi=-61 dBm channel=6\n"
          u"{T} INFO  [mqtt] connected to eu1.mqtt.lumo.example:8883\n"
          u"{T} WARN  [wifi] beacon loss detected (3/5)\n"
          u"{T} ERROR [wifi] disconnected: reason=4 (inactivity)\n"
          u"{T} INFO  [mqtt] connection closed, retrying in 30 s\n"
          u"{T} ERROR [mqtt] connect failed: network unreachable\n"
          u"{T} WARN  [watchdog] no network for 300 s, scheduling restart\n"
          u"{T} INFO  [system] booting firmware {v} (hub2 rev C)",
            u"{T} [I] net: dhcp lease renewed, ip=192.168.1.{j}\n"
            u"{T} [W] net: channel change detected (6 -> 11)\n"
            u"{T} [E] net: association lost, code=0x0004\n"
            u"{T} [I] cloud: reconnect attempt 1/3\n"
            u"{T} [I] cloud: reconnect attempt 2/3\n"
            u"{T} [I] cloud: reconnect attempt 3/3\n"
            u"{T} [E] cloud: giving up, last error=ETIMEDOUT\n"
            u"{T} [W] zigbee: 7 devices unreachable, automations paused" },
        { u"The hub loses Wi-Fi when the router switches channel at night; setting a fixed channel on the router "
          u"should "
          u"stop it." } },
    { BodyFormat::Log, u"Camera clips stop uploading", u"motion clips that stop uploading",
        u"Since the last update, motion clips from our outdoor camera stop uploading after a few seconds. The camera "
        u"log says this:",
        u"clips from my outdoor cam stop uploading halfway, this is the camera log:",
        u"I looked at the upload log for your camera, below. The uploads time out because the camera has a weak signal "
        u"where it's mounted:",
        { u"{T} DEBUG upload: clip {X}.mp4 size=4.2 MB\n"
          u"{T} INFO  upload: PUT /v2/clips/{X} started\n"
          u"{T} WARN  upload: slow progress (31 KB/s), bitrate=2048 kbps\n"
          u"{T} ERROR upload: timeout after 15000 ms (sent 412 KB of 4.2 MB)\n"
          u"{T} INFO  upload: retry 1 scheduled in 10 s\n"
          u"{T} ERROR upload: timeout after 15000 ms (sent 398 KB of 4.2 MB)\n"
          u"{T} WARN  storage: local buffer 87% full, dropping oldest clip",
            u"{T} I cam.motion  zone=driveway score=0.82 clip={X}\n"
            u"{T} I cam.upload  start clip={X} bytes=3811204\n"
            u"{T} W cam.net     tx queue stalled, rssi=-78 dBm\n"
            u"{T} E cam.upload  aborted clip={X}: connection reset by peer\n"
            u"{T} I cam.upload  start clip={X} bytes=3811204 attempt=2\n"
            u"{T} E cam.upload  aborted clip={X}: connection reset by peer" },
        { u"Uploads time out because the camera's Wi-Fi signal is weak where it's mounted; a mesh point nearby or a "
          u"lower "
          u"clip quality will fix it." } },
    { BodyFormat::Json, u"API requests failing since {d}", u"API errors in the integration",
        u"Since {d} every request from our integration to your API fails. As far as I know nothing changed on our "
        u"side. This is the response body we get back:",
        u"our API calls all fail since {d}, this is the response:",
        u"I found your failing requests in our API logs. This is the response they get, and it explains what's going "
        u"on:",
        { u"{\n"
          u"  \"error\": {\n"
          u"    \"status\": 401,\n"
          u"    \"code\": \"token_expired\",\n"
          u"    \"message\": \"The access token expired at {I}. Request a new one with your refresh token.\",\n"
          u"    \"request_id\": \"req_{H}\",\n"
          u"    \"docs\": \"https://developer.lumo.example/errors/token_expired\"\n"
          u"  }\n"
          u"}",
            u"{\n"
            u"  \"status\": 429,\n"
            u"  \"error\": \"rate_limited\",\n"
            u"  \"message\": \"Too many requests for this API key.\",\n"
            u"  \"limit\": 600,\n"
            u"  \"window_seconds\": 60,\n"
            u"  \"retry_after\": {N},\n"
            u"  \"request_id\": \"req_{H}\"\n"
            u"}" },
        { u"The integration keeps using an expired access token; it has to refresh the token before it runs out.",
            u"The integration sends far more than 600 requests a minute; backing off on 429 responses keeps it under "
            u"the "
            u"limit." } },
    { BodyFormat::Json, u"Webhook events not arriving", u"webhook events that stopped arriving",
        u"We stopped receiving device events on our webhook endpoint on {d}. The delivery log in the developer console "
        u"shows this:",
        u"our webhook gets no events anymore, the console shows:",
        u"I checked the deliveries to your endpoint. This is what our side recorded for the last one:",
        { u"{\n"
          u"  \"webhook_id\": \"wh_{X}\",\n"
          u"  \"event\": \"device.offline\",\n"
          u"  \"url\": \"https://integrations.example.com/lumo/events\",\n"
          u"  \"attempts\": 6,\n"
          u"  \"last_attempt_at\": \"{I}\",\n"
          u"  \"last_response\": {\n"
          u"    \"status\": 502,\n"
          u"    \"body\": \"Bad Gateway\",\n"
          u"    \"duration_ms\": {N}\n"
          u"  },\n"
          u"  \"state\": \"disabled\",\n"
          u"  \"disabled_reason\": \"too_many_failures\"\n"
          u"}",
            u"{\n"
            u"  \"event_id\": \"evt_{H}\",\n"
            u"  \"type\": \"motion.detected\",\n"
            u"  \"created_at\": \"{I}\",\n"
            u"  \"delivery\": {\n"
            u"    \"status\": \"failed\",\n"
            u"    \"attempt\": 4,\n"
            u"    \"error\": \"certificate verify failed: certificate has expired\"\n"
            u"  }\n"
            u"}" },
        { u"The endpoint answered with 502 errors until the webhook was disabled; re-enabling it once the server is "
          u"back resends the backlog.",
            u"The TLS certificate on the endpoint has expired; deliveries resume as soon as it's renewed." } },
    { BodyFormat::Xml, u"ERP connector rejects orders", u"the ERP connector rejecting orders",
        u"Our ERP connector started rejecting orders overnight. It logs this fault for every order:",
        u"the ERP connector rejects every order now, fault below:",
        u"Our integration team looked at the connector traffic. Your ERP sends back this fault:",
        { u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          u"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
          u"  <soap:Body>\n"
          u"    <soap:Fault>\n"
          u"      <faultcode>soap:Client</faultcode>\n"
          u"      <faultstring>Order {o} rejected: unknown article LUMO-CAM-OUT-2</faultstring>\n"
          u"      <detail>\n"
          u"        <erp:error xmlns:erp=\"urn:example:erp:orders\">\n"
          u"          <erp:code>ART-404</erp:code>\n"
          u"          <erp:line>{N}</erp:line>\n"
          u"          <erp:timestamp>{I}</erp:timestamp>\n"
          u"        </erp:error>\n"
          u"      </detail>\n"
          u"    </soap:Fault>\n"
          u"  </soap:Body>\n"
          u"</soap:Envelope>",
            u"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
            u"  <soap:Body>\n"
            u"    <soap:Fault>\n"
            u"      <faultcode>soap:Server</faultcode>\n"
            u"      <faultstring>Could not post order {o}: item LUMO-LOCK-1 is blocked for sales</faultstring>\n"
            u"      <detail>\n"
            u"        <traceId>{H}</traceId>\n"
            u"      </detail>\n"
            u"    </soap:Fault>\n"
            u"  </soap:Body>\n"
            u"</soap:Envelope>" },
        { u"The ERP doesn't know the new article numbers yet; once they're added there, the queued orders go through.",
            u"The smart lock is blocked for sales in the ERP; unblocking the item lets the orders post." } },
    { BodyFormat::Xml, u"Gateway won't connect after moving", u"the on-site gateway not connecting",
        u"We moved our Lumo gateway to the new office network and now it won't connect at all. Here's the "
        u"gateway.xml:",
        u"gateway won't connect since we moved it, here's gateway.xml:",
        u"Here's your gateway.xml with the network section fixed. It was still pointing at the old subnet:",
        { u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          u"<gateway id=\"gw-{X}\" firmware=\"{v}\">\n"
          u"  <network dhcp=\"false\">\n"
          u"    <address>192.168.1.{j}</address>\n"
          u"    <netmask>255.255.255.0</netmask>\n"
          u"    <gateway>192.168.1.1</gateway>\n"
          u"    <dns>192.168.1.1</dns>\n"
          u"  </network>\n"
          u"  <cloud region=\"eu\" endpoint=\"gw.eu.lumo.example\" port=\"443\"/>\n"
          u"  <logging level=\"info\" keepDays=\"7\"/>\n"
          u"</gateway>",
            u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            u"<gateway id=\"gw-{X}\" firmware=\"{v}\">\n"
            u"  <network dhcp=\"false\">\n"
            u"    <address>10.20.0.{j}</address>\n"
            u"    <netmask>255.255.255.0</netmask>\n"
            u"    <gateway>10.20.0.1</gateway>\n"
            u"    <dns>10.20.0.1</dns>\n"
            u"  </network>\n"
            u"  <cloud region=\"eu\" endpoint=\"gw.eu.lumo.example\" port=\"443\"/>\n"
            u"  <logging level=\"info\" keepDays=\"7\"/>\n"
            u"</gateway>" },
        { u"The gateway config still had the old subnet and DNS server; with the new addresses it connects again." },
        true },
    { BodyFormat::Yaml, u"Integration config not loading", u"the home automation config",
        u"My home automation setup won't load the Lumo integration since I updated it. This is my config:",
        u"the Lumo integration won't load anymore, my config:",
        u"The newer integration expects devices as a list with ids. Here's your config rewritten in the new format:",
        { u"lumo:\n"
          u"  api_key: !secret lumo_api_key\n"
          u"  region: eu-west\n"
          u"  devices:\n"
          u"    front_door:\n"
          u"      type: camera\n"
          u"    hallway:\n"
          u"      type: motion_sensor\n"
          u"      sensitivity: high\n"
          u"logging:\n"
          u"  level: debug",
            u"lumo:\n"
            u"  api_key: !secret lumo_api_key\n"
            u"  region: eu\n"
            u"  poll_interval: 30s\n"
            u"  devices:\n"
            u"    - id: cam-{X}\n"
            u"      name: Front door\n"
            u"      snapshot: true\n"
            u"    - id: motion-{j}\n"
            u"      name: Hallway\n"
            u"      sensitivity: high\n"
            u"  automations:\n"
            u"    away_mode:\n"
            u"      when: everyone_left\n"
            u"      then: [arm_cameras, lights_off]\n"
            u"logging:\n"
            u"  level: debug" },
        { u"The config used the old device format; after rewriting it as a list the integration loads fine." }, true },
    { BodyFormat::Ini, u"Lumo Bridge stopped syncing", u"Lumo Bridge not syncing behind the office proxy",
        u"Lumo Bridge on our office PC stopped syncing after IT changed the proxy. This is the settings file:",
        u"Lumo Bridge stopped syncing after a proxy change, settings file:",
        u"The proxy port in your settings file is still the old one. Here's the corrected file; replace it and restart "
        u"Lumo Bridge:",
        { u"; Lumo Bridge settings\n"
          u"[General]\n"
          u"Version={v}\n"
          u"Region=eu\n"
          u"StartWithWindows=true\n"
          u"\n"
          u"[Proxy]\n"
          u"Enabled=true\n"
          u"Host=proxy.office.local\n"
          u"Port=8080\n"
          u"\n"
          u"[Sync]\n"
          u"IntervalSeconds=300\n"
          u"LastSuccess={I}\n"
          u"LastError=connect to proxy.office.local:8080 failed (connection refused)",
            u"; Lumo Bridge settings\n"
            u"[General]\n"
            u"Version={v}\n"
            u"Region=eu\n"
            u"StartWithWindows=true\n"
            u"\n"
            u"[Proxy]\n"
            u"Enabled=true\n"
            u"Host=proxy.office.local\n"
            u"Port=3128\n"
            u"\n"
            u"[Sync]\n"
            u"IntervalSeconds=300\n"
            u"LastSuccess=\n"
            u"LastError=" },
        { u"Lumo Bridge still used the old proxy port; with the new one in its settings it syncs again." }, true },
    { BodyFormat::Shell, u"lumoctl login fails on our server", u"setting up lumoctl on the server",
        u"I'm trying to set up lumoctl on our Linux server, but logging in fails. Here's the terminal output:",
        u"lumoctl login fails on our server, output:",
        u"I tried the same steps on a clean test machine. It works once the proxy variable is set first, see the "
        u"session:",
        { u"$ lumoctl --version\n"
          u"lumoctl {v}\n"
          u"$ lumoctl login --org acme-{j}\n"
          u"Opening https://id.lumo.example/device ...\n"
          u"Error: could not reach id.lumo.example: dial tcp: i/o timeout\n"
          u"$ curl -sI https://api.lumo.example/v2/health\n"
          u"curl: (28) Connection timed out after 10001 milliseconds\n"
          u"$ echo $HTTPS_PROXY\n"
          u"\n"
          u"$",
            u"$ export HTTPS_PROXY=http://proxy.office.local:3128\n"
            u"$ lumoctl login --org acme-{j}\n"
            u"Logged in as admin@example.com (org acme-{j})\n"
            u"$ lumoctl devices list --site main\n"
            u"ID            NAME            STATUS   FIRMWARE\n"
            u"hub-{X}  Reception hub   online   {v}\n"
            u"cam-0f3e91d2  Car park        online   {v}\n"
            u"$ lumoctl sync --dry-run\n"
            u"2 devices up to date, nothing to do." },
        { u"The server reaches the internet only through the proxy; with HTTPS_PROXY set, lumoctl logs in fine." },
        true },
    { BodyFormat::Sql, u"Energy report doesn't match our export", u"energy report totals that don't match",
        u"The energy totals on the dashboard don't match what we get from the CSV export. This is the query we run "
        u"on the export in our warehouse:",
        u"dashboard energy totals don't match our export, our query:",
        u"I compared the numbers with the query below. The difference is the time zone: the dashboard uses your "
        u"local time, the export uses UTC:",
        { u"SELECT d.site,\n"
          u"       date_trunc('day', r.measured_at) AS day,\n"
          u"       SUM(r.kwh) AS total_kwh\n"
          u"FROM readings r\n"
          u"JOIN devices d ON d.id = r.device_id\n"
          u"WHERE r.measured_at >= '{D}'\n"
          u"  AND d.kind = 'plug'\n"
          u"GROUP BY d.site, day\n"
          u"ORDER BY day DESC, total_kwh DESC\n"
          u"LIMIT {j};",
            u"SELECT d.site,\n"
            u"       date_trunc('day', r.measured_at AT TIME ZONE 'Europe/Berlin') AS day,\n"
            u"       ROUND(SUM(r.kwh), 2) AS total_kwh\n"
            u"FROM readings r\n"
            u"JOIN devices d ON d.id = r.device_id\n"
            u"WHERE r.measured_at AT TIME ZONE 'Europe/Berlin' >= DATE '{D}'\n"
            u"  AND d.kind = 'plug'\n"
            u"GROUP BY d.site, day\n"
            u"ORDER BY day DESC, total_kwh DESC;" },
        { u"The dashboard counts days in local time, the export in UTC; the totals match once the query converts the "
          u"time zone." },
        true },
    { BodyFormat::StackTrace, u"Java SDK exception after upgrade", u"an exception in the Java SDK",
        u"Our Java service started throwing this after we upgraded the Lumo SDK to {v}:",
        u"our Java service throws this since the SDK upgrade:",
        u"Our error reporting picked up the trace below from your integration:",
        { u"com.lumo.sdk.ApiException: 429 Too Many Requests (request req_{H})\n"
          u"\tat com.lumo.sdk.http.HttpClient.execute(HttpClient.java:212)\n"
          u"\tat com.lumo.sdk.devices.DeviceApi.list(DeviceApi.java:87)\n"
          u"\tat com.example.sync.DeviceSync.refresh(DeviceSync.java:{N})\n"
          u"\tat com.example.sync.SyncJob.run(SyncJob.java:41)\n"
          u"\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)\n"
          u"\tat java.base/java.lang.Thread.run(Thread.java:840)",
            u"Exception in thread \"sync-worker-3\" java.lang.IllegalStateException: device cam-{X} has no site\n"
            u"\tat com.lumo.sdk.model.Device.site(Device.java:64)\n"
            u"\tat com.example.sync.SiteMapper.map(SiteMapper.java:{N})\n"
            u"\tat com.example.sync.SyncJob.run(SyncJob.java:52)\n"
            u"Caused by: java.lang.NullPointerException: Cannot invoke \"String.trim()\" because \"raw\" is null\n"
            u"\tat com.lumo.sdk.model.Device.parseSite(Device.java:121)\n"
            u"\t... 3 more" },
        { u"SDK {v} retries straight away after a rate limit; turning on the backoff option stops the 429 errors.",
            u"A camera without a site makes the SDK throw; assigning it to a site fixes it, and the next SDK release "
            u"will "
            u"cope with it." } },
    { BodyFormat::StackTrace, u"Export script crashes", u"the nightly export script crashing",
        u"Our nightly export script crashes with this traceback since {d}:", u"our export script crashes, traceback:",
        u"I ran your export against a copy of your account and got the same traceback:",
        { u"Traceback (most recent call last):\n"
          u"  File \"/opt/lumo-export/export.py\", line {N}, in <module>\n"
          u"    main()\n"
          u"  File \"/opt/lumo-export/export.py\", line 61, in main\n"
          u"    readings = client.readings(device_id, since=since)\n"
          u"  File \"/usr/lib/python3/site-packages/lumo/client.py\", line 204, in readings\n"
          u"    raise DeviceNotFound(device_id)\n"
          u"lumo.errors.DeviceNotFound: device 'plug-{X}' not found",
            u"Traceback (most recent call last):\n"
            u"  File \"export.py\", line 33, in <module>\n"
            u"    rows = [r.kwh * r.hours for r in batch]\n"
            u"  File \"export.py\", line 33, in <listcomp>\n"
            u"    rows = [r.kwh * r.hours for r in batch]\n"
            u"TypeError: unsupported operand type(s) for *: 'NoneType' and 'float'" },
        { u"The script still asks for a device that was removed; skipping unknown devices fixes the crash.",
            u"Readings from a plug that was offline have no value; the script needs to skip empty readings." } },
    { BodyFormat::StackTrace, u"Lumo Desktop crashes on the camera grid", u"Lumo Desktop crashing",
        u"Lumo Desktop crashes as soon as I open the camera grid. The crash reporter showed this:",
        u"the desktop app crashes when I open the camera grid, crash report:",
        u"Thanks for sending the crash report. Our developers matched it to a known bug in {v}, see the top frames:",
        { u"Lumo Desktop {v} (build {X}) crashed: SIGSEGV (segmentation fault)\n"
          u"#0  0x00007f3a2c1b4e10 in lumo::ui::CameraTile::paintEvent(QPaintEvent*) (camera_tile.cpp:214)\n"
          u"#1  0x00007f3a2b9e4d10 in QWidget::event(QEvent*) () from libQt6Widgets.so.6\n"
          u"#2  0x00007f3a2b9a0f2c in QApplicationPrivate::notify_helper(QObject*, QEvent*) ()\n"
          u"#3  0x000055d1e07c3a40 in lumo::ui::CameraGrid::refresh() (camera_grid.cpp:{N})\n"
          u"#4  0x000055d1e07a11b8 in main (main.cpp:58)",
            u"Unhandled exception: std::out_of_range: vector::_M_range_check: __n (which is {N}) >= this->size()\n"
            u"  at lumo::media::ClipIndex::at(unsigned long) (clip_index.cpp:88)\n"
            u"  at lumo::ui::Timeline::seek(std::chrono::seconds) (timeline.cpp:301)\n"
            u"  at lumo::ui::CameraGrid::open(lumo::DeviceId) (camera_grid.cpp:142)\n"
            u"Lumo Desktop {v} (build {X})" },
        { u"Known crash in {v} when a camera has no snapshot yet; fixed in the next update, and hiding that camera "
          u"works "
          u"around it.",
            u"Known crash in {v} when the timeline opens on a day without clips; fixed in the next update." } },
};

constexpr QStringView kTechClosings[]
    = { u"Any idea what's going on? We're a bit stuck.", u"Happy to send more logs if that helps.",
          u"Thanks for looking into it.", u"This is getting urgent for us, so a quick reply would be great." };
constexpr QStringView kTechAgentClosings[] = {
    u"Could you try that and let me know how it goes?",
    u"I've also passed this to our engineers as case {t} and will update you as soon as I hear back.",
    u"Let me know if anything still looks off afterwards.",
};
constexpr QStringView kTechNextSteps[] = { u"Escalated to support with the full output attached.",
    u"Customer will try the fix and report back.", u"Linked to known issue {e}; the fix ships in the next release.",
    u"Sent a recap with the steps by email.", u"Asked for a fresh copy if it happens again." };

// --- Internal notes --------------------------------------------------------------------------------

struct Note
{
    QStringView subject;
    QStringView body;
};

constexpr Note kNotes[] = {
    { u"Contact preference", u"Prefers email to phone calls. Works shifts, so replies can take a day." },
    { u"Expansion plans",
        u"Mentioned they're opening a second location in spring. Worth checking in about the {p} for the new space." },
    { u"Goodwill",
        u"Long-time customer and very patient with us. If anything goes wrong again, please offer a goodwill "
        u"gesture straight away." },
    { u"Language", u"Speaks German and English; happy to continue in English." },
    { u"Marketing opt-out", u"Asked not to receive marketing emails. Removed from the newsletter." },
    { u"Courier trouble", u"Had a rough time with {c} last time. Ship with another courier if we can." },
    { u"Accessibility", u"Customer is hard of hearing: chat or email work much better than phone." },
    { u"Beta interest", u"Interested in trying {f} early. Added to the beta waiting list." },
    { u"Business rollout",
        u"Spoke with their IT lead about rolling out Lumo Business at {C}. Decision expected next "
        u"month." },
    { u"Discount given", u"Gave a {P}% goodwill discount ({x}) after the delay with order {o}." },
    { u"Replacement sent", u"Heads-up: order {o} was a free replacement, so don't charge for the return label." },
    { u"Two addresses",
        u"Billing and delivery addresses differ on purpose (holiday home). Please don't \"fix\" them." },
    { u"Referral candidate", u"Left us a lovely review last month. Good candidate for a referral request." },
    { u"Renewal", u"Lumo Plus renews next month. They asked for a reminder a week before." },
};

// --- Feedback --------------------------------------------------------------------------------------

constexpr QStringView kPraise[] = {
    u"{a} was lovely and sorted everything in one go. Thank you!",
    u"Really quick answer, and I didn't have to explain anything twice.",
    u"The {p} is brilliant and setup took five minutes. Very happy.",
    u"Great service as always. The parcel even came a day early!",
    u"I was dreading asking for a refund, but it was painless. Thanks, {a}.",
    u"Friendly, patient and knew exactly what to do. More companies should work like this.",
    u"Solved in one chat. I wish every support experience felt like this.",
    u"Muito obrigada! {a} explained everything so clearly.",
};
constexpr QStringView kLukewarm[] = {
    u"Got there in the end, but I had to wait a while for a reply.",
    u"The answer was fine, though the help article could be clearer.",
    u"Good product. The app could really use a dark mode.",
    u"Helpful, but I had to give my order number three times.",
    u"Delivery was fine, the packaging was a bit excessive.",
};
constexpr QStringView kCriticism[] = {
    u"It took three emails to get a straight answer. Not great.",
    u"The {p} still disconnects now and then. Support was friendly, but the problem isn't solved.",
    u"Delivery was late and nobody told me. The apology was nice, but a heads-up would have been better.",
    u"I was passed between three people and had to repeat everything each time.",
    u"The app update broke {f} and it's been two weeks.",
};
constexpr QStringView kArticleComments[] = {
    u"Didn't cover my situation at all, so I had to contact support anyway.",
    u"Helpful, but the screenshots are from an older version of the app.",
    u"Clear steps, and it worked first time. No need to call anyone!",
};
constexpr QStringView kStars[] = { u"★☆☆☆☆", u"★★☆☆☆", u"★★★☆☆", u"★★★★☆", u"★★★★★" };

// --- Complaints ------------------------------------------------------------------------------------

struct ComplaintText
{
    QStringView cause; // as listed in complaintCauses()
    QStringView subject; // the customer's subject line
    QStringView detail; // the customer, a few sentences
    QStringView shortText;
    QStringView summary; // what the agent wrote down
    QStringView remedy; // what the agent did
};

constexpr ComplaintText kComplaints[] = {
    { u"Late delivery", u"Order {o} is late",
        u"Order {o} was supposed to arrive on {d}, and it still isn't here. Nobody told me about a delay, and I'd "
        u"taken "
        u"the morning off to be home for it. After this late delivery I honestly don't know if I'll order again.",
        u"order {o} was due {d} and still nothing. another late delivery, really not happy",
        u"{n} is upset about a late delivery: order {o} was due on {d}, hasn't arrived, and we never sent an update.",
        u"Apologised, chased {c} and upgraded the shipment to express at no cost." },
    { u"Damaged item", u"The {p} arrived broken",
        u"The {p} arrived today with a cracked front, and one side of the box was crushed. I paid full price, so I "
        u"really didn't expect to receive a damaged item. I've attached photos.",
        u"my {p} just arrived cracked. what now?",
        u"{n} received a damaged item: the {p} from order {o} arrived cracked in a crushed box.",
        u"Apologised and sent a replacement today; no need to return the damaged one." },
    { u"Wrong item", u"Wrong item in my parcel",
        u"I ordered the {p}, but the parcel for order {o} contained something completely different. Now I have to send "
        u"the wrong item back before I even get what I paid for.",
        u"got the wrong item in my parcel for {o}. seriously?",
        u"{n} got the wrong item: order {o} should have contained the {p}.",
        u"Apologised, shipped the {p} by express and sent a prepaid label for the wrong item." },
    { u"Billing error", u"I've been charged twice",
        u"I was charged €99.00 twice this month for my Lumo Plus renewal, even though I only have one plan. That's a "
        u"billing error, and not the first one. I'd like the extra charge returned straight away.",
        u"you charged me twice for Plus this month. billing error again",
        u"{n} reports a billing error: the Lumo Plus renewal was charged twice this month (€99.00 each time).",
        u"Apologised, refunded the duplicate charge and checked that next month's invoice is correct." },
    { u"Product defect", u"My {p} has stopped working",
        u"My {p} stopped working after barely two months. It won't switch on, even after a reset and with a new cable. "
        u"For the price, a product defect this early is really disappointing.",
        u"my {p} died after 2 months. won't even turn on",
        u"{n} has a product defect: the {p} no longer powers on after two months, reset and new cable tried.",
        u"Apologised, opened warranty case {t} and sent an advance replacement." },
    { u"Slow response", u"Still waiting for a reply",
        u"I first wrote to you about case {t} eight days ago and have had nothing but the automatic reply. I know "
        u"you're "
        u"busy, but a response this slow makes me feel like nobody reads my emails.",
        u"8 days and no reply on case {t}. does anyone read these?",
        u"{n} is unhappy about our slow response: eight days without a reply on case {t}.",
        u"Apologised for the wait, answered the open question on case {t} and set a reminder to follow up." },
    { u"Rude or unhelpful staff", u"Disappointed with how I was treated",
        u"When I called on {d}, the person I spoke to cut me off twice and told me to just read the FAQ. I don't "
        u"usually "
        u"complain, but that was rude and unhelpful, and not what I expect from Lumo.",
        u"the person on your phone line was honestly rude to me today",
        u"{n} felt our staff were rude and unhelpful on a call on {d}: interrupted twice and pointed to the FAQ.",
        u"Apologised sincerely, solved the original question and passed the call on to the team lead for review." },
    { u"Refund delay", u"Where is my refund?",
        u"I returned the {p} over three weeks ago, and {c} confirmed you received it on {d}. I still haven't seen the "
        u"refund of {m}. A refund delay like this isn't acceptable.",
        u"3 weeks and still no refund for my return. what's going on?",
        u"{n} is waiting on a delayed refund of {m} for the {p}; the return arrived with us on {d}.",
        u"Apologised, pushed the refund through the same day and added a {P}% code ({x}) for the trouble." },
    { u"Difficult cancellation", u"Why is it so hard to cancel?",
        u"I've tried to cancel Lumo Plus three times now. The button in the app just loops back to an offer page, and "
        u"the help article points to a menu that doesn't exist. A cancellation shouldn't be this difficult.",
        u"why is it so difficult to cancel Plus?? the button just loops",
        u"{n} found the cancellation difficult: the cancel button in the app loops back to an offer page.",
        u"Apologised, cancelled Lumo Plus on the spot and reported the loop to the app team." },
    { u"Website or app problem", u"Your app keeps crashing",
        u"The Lumo app has crashed every time I open the camera view since the last update, so I can't see who's at "
        u"the "
        u"door. I've reinstalled it twice. This app problem makes the whole system useless for me right now.",
        u"your app crashes every time I open the camera. since the update",
        u"{n} has an app problem: the app crashes on the camera view since the last update, reinstalled twice.",
        u"Apologised, shared the workaround from the known issue and subscribed {n} to the fix notification." },
};

constexpr ComplaintText kGenericComplaint = { {}, {}, // the subject is "Complaint: " and the cause as the team wrote it
    u"I'd like to make a complaint about {i}. It has made the last few weeks far more frustrating than they should "
    u"have been, and I'd like someone to look into it properly.",
    u"I want to complain about {i}. not good enough", u"{n} raised a complaint about {i}.",
    u"Listened, apologised and promised a written update by {d}." };

constexpr QStringView kComplaintGreetings[] = { u"Hello,", u"Hi,", u"To whom it may concern,", u"Dear Lumo team," };
constexpr QStringView kComplaintDemands[]
    = { u"I'd like to know what you're going to do about it.", u"Please sort this out as soon as possible.",
          u"I expect a reply within the next few days.", u"I hope you can put this right." };
constexpr QStringView kComplaintEmoji[] = { u" 😡", u" 😤", u" 😞", u"", u"" };
constexpr QStringView kComplaintEmpathy[]
    = { u"I'm so sorry, {n}. That's not the experience we want you to have. Let me look into it right now.",
          u"I completely understand why you're frustrated, and I'm sorry. Let me see what happened.",
          u"Thank you for telling us, {n}, and I'm really sorry about this. Give me a moment to check." };
constexpr QStringView kComplaintFollowOn[] = { u"it's not the first time either", u"I just want it fixed tbh",
    u"ok. I really hope so", u"thanks, I appreciate that" };

// --- Other kinds -----------------------------------------------------------------------------------

constexpr QStringView kFollowUpOpeners[] = {
    u"I wanted to check in after our conversation about {phrase}. Is everything working the way it should?",
    u"It's been a few days since we spoke about {phrase}, so I thought I'd make sure everything is still on track.",
    u"Just a quick follow-up on {phrase}. Did everything work out in the end?",
};
constexpr Note kFollowUpProactive[] = {
    // subject: what the check-in was about, reads after "about"; body: the message itself
    { u"their Lumo Plus renewal next month",
        u"Your Lumo Plus plan renews next month. Before it does, is there anything we could be doing better for you?" },
    { u"the new firmware for the {p}",
        u"Firmware {v} for the {p} is out this week and adds {f}. If you'd like a hand setting it up, just reply." },
    { u"how they're getting on with the {p}",
        u"You've had the {p} for a month now. How are you getting on with it? Many customers find {f} handy once "
        u"they're settled in." },
};
constexpr QStringView kFollowUpReplies[] = {
    u"All good now, thanks for checking in!",
    u"Mostly, yes. The {p} still drops off the Wi-Fi once in a while, though.",
    u"Yes, everything works perfectly. Really appreciate the follow-up.",
    u"Thanks for asking! Could you remind me how to set up {f}?",
};

constexpr Note kReferralRequests[] = {
    { u"Glad we could help",
        u"I'm really glad we could help with {phrase}. If you know someone who'd enjoy Lumo as much as you do, we'd "
        u"love an introduction. Just forward them this email." },
    { u"Thank you for the 10!",
        u"Thank you for the lovely score you gave us last week, it made the whole team's day. If a friend or colleague "
        u"is looking at smart-home devices, we'd be grateful if you mentioned us." },
    { u"Happy Lumo anniversary!",
        u"It's been a whole year since you joined Lumo. Thank you for sticking with us! If you know someone who'd like "
        u"to join too, your referral code {R} gives them 15% off their first order." },
    { u"A little thank-you for friends",
        u"Share your personal code {R} with friends: they get €20 off their first order, and you get €20 of credit "
        u"for every friend who orders." },
    { u"Show us your setup",
        u"If you're enjoying the {p}, a quick photo or post tagging @LumoHome would mean a lot to a small team like "
        u"ours. We share our favourites every Friday." },
    { u"An introduction?",
        u"You've been with us for a while now, and {C} has been a pleasure to work with. Do you know another business "
        u"that could use Lumo Business? We'd really value an introduction." },
};
constexpr Note kReferralReplies[] = {
    { u"Re: An introduction?", u"Happy to! I've passed your details to {F}, who runs the office at {C}." },
    { u"Re: A little thank-you for friends",
        u"Of course. My neighbour has been asking about the {p} anyway, I'll send them the code." },
    { u"Re: Show us your setup", u"Done, I've posted a photo of our setup. Thanks for the great service!" },
};

constexpr Note kEscalationTexts[] = {
    { u"Escalated to support", u"Escalated to support as case {t}: {phrase}. Severity S{s}." },
    { u"Escalation claimed", u"Case {t} claimed by {a} (support)." },
    { u"Escalation waiting on customer", u"Case {t} is waiting on the customer: asked for a fresh diagnostics log." },
    { u"Escalation needs info",
        u"Case {t} needs more information from the service rep: device serial and "
        u"firmware version." },
    { u"Escalation resolved", u"Case {t} resolved by {a}: {outcome}" },
    { u"Escalation handed back", u"Case {t} handed back to the service rep to close the loop with the customer." },
    { u"Escalation reopened", u"Case {t} reopened: the customer reports the problem is back." },
};

constexpr Note kSystemTexts[] = {
    { u"Customer created", u"Customer record created from a web shop sign-up." },
    { u"Email bounced", u"Email to the customer bounced (mailbox full). Retrying in 24 hours." },
    { u"Subscription renewed", u"Lumo Plus renewed for another year (€99.00)." },
    { u"Password reset", u"Password reset link sent at the customer's request." },
    { u"Contacts merged", u"A duplicate contact record was merged into this one." },
    { u"Tag added", u"Tag “vip” added automatically after the fifth order." },
    { u"Preferences updated", u"Marketing preferences updated: newsletter off, service messages on." },
    { u"Payment failed", u"Payment for order {o} failed; the customer was notified automatically." },
    { u"Delivered", u"{c} confirmed delivery of order {o}, signed for at the door." },
    { u"Survey sent", u"Satisfaction survey sent after conversation {t}." },
    { u"Shipped", u"Order {o} shipped with {c}, tracking number {k}." },
};

// --- Composition -------------------------------------------------------------------------------

bool isInbound(Direction direction)
{
    return direction == Direction::Inbound;
}

// "Subject" = prefix + topic phrase, e.g. "Chat about the status of order LU-123456".
void phraseSubject(Writer &w, QString &subject, QStringView prefix, QStringView phrase)
{
    subject.append(prefix);
    w.put(subject, phrase);
}

void customerEmail(Writer &w, QString &b, QStringView core, QStringView artefact = {})
{
    w.put(b, w.pick(kCustomerGreetings));
    b.append(u"\n\n");
    w.put(b, core);
    if (!artefact.isEmpty()) {
        b.append(u"\n\n");
        w.put(b, artefact);
        b.append(u"\n\n");
        w.put(b, w.pick(kTechClosings));
    } else {
        b.append(u' ');
        w.put(b, w.pick(kCustomerClosings));
    }
    w.customerSignOff(b, w.pick(kCustomerSignOffs));
}

void agentEmail(
    Writer &w, QString &b, QStringView opener, QStringView core, QStringView artefact = {}, QStringView closing = {})
{
    b.append(u"Hi ");
    w.put(b, u"{n}");
    b.append(u",\n\n");
    if (!opener.isEmpty()) {
        w.put(b, opener);
        b.append(u' ');
    }
    w.put(b, core);
    if (!artefact.isEmpty()) {
        b.append(u"\n\n");
        w.put(b, artefact);
    }
    b.append(u"\n\n");
    w.put(b, closing.isEmpty() ? w.pick(kAgentClosings) : closing);
    b.append(u"\n\n");
    b.append(w.pick(kAgentSignOffs));
    b.append(u'\n');
    w.put(b, w.pick(kAgentSignatures));
}

void callSummary(Writer &w, QString &b, Channel channel, Direction direction, QStringView phrase, QStringView outcome)
{
    if (channel == Channel::Video) {
        w.put(b, u"Video session with {n} ({h} min, screen share).\n\nWhat we covered:\n- ");
        w.put(b, phrase);
        b.append(u"\n- a quick look at ");
        w.put(b, u"{f} in the app");
        b.append(u"\n\nOutcome: ");
        w.put(b, outcome);
        b.append(u"\nNext: ");
        w.put(b, w.pick(kNextSteps));
        return;
    }
    if (channel == Channel::InPerson) {
        w.put(b, isInbound(direction) ? u"{n} stopped by {s} to ask about " : u"Met {n} at {s} to talk about ");
        w.put(b, phrase);
        b.append(u". ");
        w.put(b, outcome);
        b.append(u' ');
        w.put(b, w.pick(kNextSteps));
        return;
    }
    switch (w.below(3)) {
    case 0:
        w.put(b,
            isInbound(direction) ? u"Inbound call, {h} min.\n\n{n} called about "
                                 : u"Outbound call, {h} min.\n\n"
                                   u"Called {n} about ");
        w.put(b, phrase);
        b.append(u". ");
        w.put(b, outcome);
        b.append(u' ');
        w.put(b, w.pick(kNextSteps));
        break;
    case 1:
        b.append(isInbound(direction) ? u"Call summary (inbound)\nReason: " : u"Call summary (outbound)\nReason: ");
        w.put(b, phrase);
        b.append(u"\nOutcome: ");
        w.put(b, outcome);
        b.append(u"\nNext step: ");
        w.put(b, w.pick(kNextSteps));
        b.append(u"\nDuration: ");
        w.put(b, u"{h} min");
        break;
    default:
        w.put(b, isInbound(direction) ? u"{n} rang about " : u"Called {n} back about ");
        w.put(b, phrase);
        w.put(b, u" ({h} min). ");
        w.put(b, outcome);
        break;
    }
}

void message(Writer &w, DemoText &t, Channel channel, Direction direction)
{
    const Topic &topic = w.pick(kTopics);
    const bool in = isInbound(direction);
    QString &b = t.body;
    switch (channel) {
    case Channel::Email:
        if (in) {
            w.put(t.subject, topic.subject);
            customerEmail(w, b, topic.ask);
        } else {
            t.subject.append(u"Re: ");
            w.put(t.subject, topic.subject);
            agentEmail(w, b, w.pick(kAgentOpeners), topic.answer);
        }
        break;
    case Channel::LiveChat:
        phraseSubject(w, t.subject, u"Chat about ", topic.phrase);
        if (in) {
            w.chatLine(b, false, topic.shortAsk);
            w.chatLine(b, true, w.pick(kChatAcks));
            w.chatLine(b, true, topic.shortAnswer);
            w.chatLine(b, false, w.pick(kChatThanks));
            w.chatLine(b, true, w.pick(kChatClosings));
        } else {
            w.chatLine(b, true, u"Hi {n}, it's {a} from Lumo. I'm following up on ");
            w.put(b, topic.phrase);
            b.append(u". ");
            w.put(b, topic.shortAnswer);
            w.chatLine(b, false, w.pick(kChatThanks));
            w.chatLine(b, true, w.pick(kChatClosings));
        }
        break;
    case Channel::Social:
        phraseSubject(w, t.subject, in ? u"Social post about " : u"Social reply about ", topic.phrase);
        if (in) {
            if (w.chance(50))
                b.append(u"@LumoHelp ");
            w.put(b, topic.shortAsk);
            b.append(w.pick(kSocialEmoji));
        } else {
            w.put(b, u"Hi {n}! ");
            w.put(b, topic.shortAnswer);
            b.append(w.pick(kSocialReplyEmoji));
            w.put(b, w.pick(kSocialSignatures));
        }
        break;
    case Channel::Phone:
        phraseSubject(w, t.subject, u"Voicemail about ", topic.phrase);
        if (in) {
            w.put(b, u"Voicemail from {n}, transcribed:\n\n\"");
            w.put(b, topic.ask);
            b.append(w.chance(50) ? u"\"\n\nAsked for a call back." : u"\"\n\nAsked for a reply by email.");
        } else {
            w.put(b, u"Left {n} a voicemail about ");
            w.put(b, topic.phrase);
            b.append(u": ");
            w.put(b, topic.outcome);
            b.append(u" Asked them to call back or reply by email if anything is unclear.");
        }
        break;
    case Channel::Video:
        phraseSubject(w, t.subject, u"Video session about ", topic.phrase);
        w.put(b,
            in ? u"{n} booked a video session for {d} to go through "
               : u"Sent {n} a video call link for {d} to "
                 u"walk through ");
        w.put(b, topic.phrase);
        b.append(in ? u" together. Their note: \"" : u" together, with screen sharing. ");
        w.put(b, in ? topic.shortAsk : u"Invitation sent to the email on file.");
        if (in)
            b.append(u'"');
        break;
    case Channel::SelfService:
        t.subject.append(in ? u"Portal request: " : u"Portal reply: ");
        w.put(t.subject, topic.subject);
        if (in) {
            w.put(b, u"Opened a request in the customer portal after reading \"{q}\":\n\n");
            w.put(b, topic.ask);
        } else {
            w.put(b, u"Reply posted in the customer portal:\n\nHi {n},\n\n");
            w.put(b, topic.answer);
        }
        break;
    case Channel::InPerson:
        phraseSubject(w, t.subject, u"Store visit about ", topic.phrase);
        callSummary(w, b, channel, direction, topic.phrase, topic.outcome);
        break;
    case Channel::Internal:
        phraseSubject(w, t.subject, u"Team message about ", topic.phrase);
        w.put(b, u"Heads-up for whoever talks to {n} next, about ");
        w.put(b, topic.phrase);
        b.append(u": ");
        w.put(b, topic.outcome);
        break;
    }
}

void technicalMessage(Writer &w, DemoText &t, InteractionKind kind, Channel channel, Direction direction)
{
    const TechTopic &topic = w.pick(kTechTopics);
    const bool in = isInbound(direction);
    const bool note = kind == InteractionKind::Note || channel == Channel::Internal;
    const bool spoken = kind == InteractionKind::Call || channel == Channel::Phone || channel == Channel::Video
        || channel == Channel::InPerson;
    // The customer's file is shown as they have it; only an agent's written reply shows the fix.
    const bool agentWrites = !in && !note && !spoken;
    const int variant = topic.beforeAfter ? (agentWrites ? 1 : 0) : w.below(2);
    const QStringView artefact = topic.artefacts[variant];
    const QStringView outcome = topic.outcomes[topic.beforeAfter ? 0 : variant];
    QString &b = t.body;
    t.format = topic.format;

    if (note) {
        t.subject.append(u"Investigation: ");
        w.put(t.subject, topic.subject);
        w.put(b, w.chance(50) ? u"Looked into " : u"Went through ");
        w.put(b, topic.phrase);
        w.put(b, u" for {n}. ");
        w.put(b, outcome);
        b.append(u"\n\nRelevant excerpt:\n\n");
        w.put(b, artefact);
        b.append(u"\n\n");
        w.put(b, w.pick(kTechNextSteps));
        return;
    }
    if (spoken) {
        phraseSubject(w, t.subject,
            channel == Channel::Video          ? u"Screen share about "
                : channel == Channel::InPerson ? u"Store visit about "
                                               : u"Call about ",
            topic.phrase);
        if (channel == Channel::Video)
            w.put(b, u"Screen-share session with {n} ({h} min) about ");
        else if (channel == Channel::InPerson)
            w.put(b, u"{n} brought their laptop to {s} so we could look at ");
        else
            w.put(b, in ? u"Call from {n} ({h} min) about " : u"Called {n} ({h} min) about ");
        w.put(b, topic.phrase);
        b.append(channel == Channel::Video || channel == Channel::InPerson
                ? u".\n\nCaptured together:\n\n"
                : u".\n\nThey sent this over while we were on the line:\n\n");
        w.put(b, artefact);
        b.append(u"\n\nFinding: ");
        w.put(b, outcome);
        b.append(u"\nNext: ");
        w.put(b, w.pick(kTechNextSteps));
        return;
    }
    switch (channel) {
    case Channel::LiveChat:
        phraseSubject(w, t.subject, u"Chat about ", topic.phrase);
        if (in) {
            w.chatLine(b, false, topic.shortSymptom);
            b.append(u'\n');
            w.put(b, artefact);
            w.chatLine(b, true, u"Thanks, {n}, that helps a lot. Give me a minute to go through it.");
            w.chatLine(b, true, outcome);
            w.chatLine(b, false, w.chance(50) ? u"ok, I'll try that. thanks!" : u"ahh that makes sense 🙈 thank you");
        } else {
            w.chatLine(b, true, u"Hi {n}, it's {a} from Lumo Support, following up on ");
            w.put(b, topic.phrase);
            b.append(u". ");
            w.put(b, topic.agentLead);
            b.append(u'\n');
            w.put(b, artefact);
            w.chatLine(b, true, outcome);
            w.chatLine(b, false, u"great, thanks for digging into this");
        }
        break;
    case Channel::Social:
        phraseSubject(
            w, t.subject, in ? u"Community forum post about " : u"Community forum reply about ", topic.phrase);
        if (in) {
            b.append(u"Posted in the Lumo community forum:\n\n");
            w.put(b, topic.symptom);
            b.append(u"\n\n");
            w.put(b, artefact);
        } else {
            w.put(b, u"Reply in the community forum:\n\nHi {n}! ");
            w.put(b, topic.agentLead);
            b.append(u"\n\n");
            w.put(b, artefact);
            b.append(u"\n\n");
            w.put(b, outcome);
        }
        break;
    case Channel::SelfService:
        t.subject.append(in ? u"Portal request: " : u"Portal reply: ");
        w.put(t.subject, topic.subject);
        if (in) {
            w.put(b, u"Opened a request in the customer portal after reading \"{q}\":\n\n");
            w.put(b, topic.symptom);
            b.append(u"\n\n");
            w.put(b, artefact);
        } else {
            w.put(b, u"Reply posted in the customer portal:\n\nHi {n},\n\n");
            w.put(b, topic.agentLead);
            b.append(u"\n\n");
            w.put(b, artefact);
            b.append(u"\n\n");
            w.put(b, w.pick(kTechAgentClosings));
        }
        break;
    default: // email, and anything else written like one
        if (in) {
            w.put(t.subject, topic.subject);
            customerEmail(w, b, topic.symptom, artefact);
        } else {
            t.subject.append(u"Re: ");
            w.put(t.subject, topic.subject);
            // Drawn one after the other: compilers evaluate arguments in different orders, and the demo data
            // must not depend on the compiler (this is the order GCC took).
            const QStringView closing = w.pick(kTechAgentClosings);
            const QStringView opener = w.pick(kAgentOpeners);
            agentEmail(w, b, opener, topic.agentLead, artefact, closing);
        }
        break;
    }
}

void call(Writer &w, DemoText &t, Channel channel, Direction direction)
{
    const Topic &topic = w.pick(kTopics);
    phraseSubject(w, t.subject,
        channel == Channel::Video          ? u"Video session about "
            : channel == Channel::InPerson ? u"Conversation about "
                                           : u"Call about ",
        topic.phrase);
    callSummary(w, t.body, channel, direction, topic.phrase, topic.outcome);
}

void note(Writer &w, DemoText &t)
{
    // Some notes record how a conversation ended, the rest are facts about the customer.
    if (w.chance(30)) {
        const Topic &topic = w.pick(kTopics);
        phraseSubject(w, t.subject, u"Note about ", topic.phrase);
        w.put(t.body, topic.outcome);
        if (w.chance(40)) {
            t.body.append(u' ');
            w.put(t.body, w.pick(kNextSteps));
        }
        return;
    }
    const Note &n = w.pick(kNotes);
    w.put(t.subject, n.subject);
    w.put(t.body, n.body);
}

void feedback(Writer &w, DemoText &t, Channel channel, Direction direction)
{
    QString &b = t.body;
    if (!isInbound(direction)) {
        switch (channel) {
        case Channel::Social:
            t.subject.append(u"Reply to a review");
            w.put(b,
                u"Thanks so much for taking the time to share this, {n}. We read every review, and we've passed "
                u"yours on to the team");
            b.append(w.pick(kSocialReplyEmoji));
            break;
        case Channel::LiveChat:
            t.subject.append(u"Post-chat survey");
            w.chatLine(b, true, u"Before you go, {n}: how would you rate this chat from 1 to 5? It really helps us.");
            break;
        case Channel::Phone:
        case Channel::Video:
            t.subject.append(u"Feedback request after a call");
            w.put(b, u"Asked {n} for feedback at the end of the call; they'll answer the short survey by email.");
            break;
        case Channel::InPerson:
            t.subject.append(u"Feedback card handed out");
            w.put(b, u"Gave {n} a feedback card at {s} after their visit.");
            break;
        case Channel::SelfService:
            t.subject.append(u"Help centre survey");
            w.put(b, u"Help centre survey shown after the article \"{q}\".");
            break;
        default:
            if (w.chance(50)) {
                t.subject.append(u"How did we do?");
                w.put(b,
                    u"Hi {n},\n\nThanks for talking to {a} on {d}. Could you spare ten seconds to tell us how it "
                    u"went? Just pick a number from 1 (not good) to 5 (excellent):\n\n"
                    u"[1]  [2]  [3]  [4]  [5]\n\nEvery answer is read by a real person on our team.\n\n"
                    u"Thank you!\nThe Lumo team");
            } else {
                t.subject.append(u"Would you recommend Lumo?");
                w.put(b,
                    u"Hi {n},\n\nOn a scale from 0 to 10, how likely are you to recommend Lumo to a friend or "
                    u"colleague? If you have a moment, we'd also love to hear the reason for your score.\n\n"
                    u"Thanks for helping us get better,\nThe Lumo team");
            }
            break;
        }
        return;
    }

    // Mostly happy, as real survey answers tend to be.
    const int roll = w.below(100);
    const int mood = roll < 62 ? 2 : roll < 85 ? 1 : 0;
    const QStringView comment = mood == 2 ? w.pick(kPraise) : mood == 1 ? w.pick(kLukewarm) : w.pick(kCriticism);
    const int stars = mood == 2 ? 4 + w.below(2) : mood == 1 ? 3 : 1 + w.below(2);
    const bool nps = channel == Channel::Email && w.chance(40);

    switch (channel) {
    case Channel::Social:
        t.subject.append(u"Review on social media");
        b.append(kStars[stars - 1]);
        b.append(u' ');
        w.put(b, comment);
        if (mood == 2)
            b.append(w.pick(kSocialReplyEmoji));
        break;
    case Channel::LiveChat:
        t.subject.append(u"Post-chat rating: ");
        appendInt(t.subject, quint64(stars));
        t.subject.append(u"/5");
        b.append(u"Rating: ");
        b.append(kStars[stars - 1]);
        b.append(u"\nComment: ");
        w.put(b, comment);
        break;
    case Channel::SelfService:
        t.subject.append(u"Help centre rating");
        w.put(b, u"Rated the article \"{q}\" ");
        b.append(mood == 0 ? u"not helpful" : u"helpful");
        b.append(u" and left a comment:\n\n");
        w.put(b, kArticleComments[mood]);
        break;
    case Channel::InPerson:
        t.subject.append(u"Comment card");
        w.put(b, u"Comment card left at {s}, ");
        b.append(kStars[stars - 1]);
        b.append(u":\n\n\"");
        w.put(b, comment);
        b.append(u'"');
        break;
    case Channel::Phone:
    case Channel::Video:
        t.subject.append(u"Post-call survey: ");
        appendInt(t.subject, quint64(stars));
        t.subject.append(u"/5");
        b.append(u"Post-call survey answered with ");
        appendInt(b, quint64(stars));
        b.append(u" out of 5. Comment:\n\n");
        w.put(b, comment);
        break;
    default:
        if (nps) {
            const int score = mood == 2 ? 9 + w.below(2) : mood == 1 ? 7 + w.below(2) : w.below(7);
            t.subject.append(u"NPS answer: ");
            appendInt(t.subject, quint64(score));
            t.subject.append(u"/10");
            b.append(u"How likely are you to recommend Lumo? ");
            appendInt(b, quint64(score));
            b.append(u"/10\n\nReason: ");
        } else {
            t.subject.append(u"Survey answer: ");
            appendInt(t.subject, quint64(stars));
            t.subject.append(u"/5");
            b.append(u"How satisfied were you with our help? ");
            b.append(kStars[stars - 1]);
            b.append(u"\n\nComment: ");
        }
        w.put(b, comment);
        break;
    }
}

void order(Writer &w, DemoText &t, Channel channel, Direction direction)
{
    QString &b = t.body;
    int lines[3];
    int count = w.chance(45) ? 2 : 1;
    count += w.chance(20) ? 1 : 0;
    for (int i = 0; i < count; ++i) {
        lines[i] = w.below(int(std::size(kProducts)));
        if (i > 0 && lines[i] == lines[i - 1])
            lines[i] = (lines[i] + 1) % int(std::size(kProducts));
    }

    if (channel == Channel::InPerson) {
        w.put(t.subject, u"Store purchase at {s}");
        w.put(b, u"Receipt {o}, {s}\n\n");
    } else if (channel == Channel::Phone) {
        w.put(t.subject, u"Order {o} taken by phone");
        w.put(b, u"Order {o} placed by phone with {a}:\n\n");
    } else if (isInbound(direction)) {
        w.put(t.subject, u"New web shop order {o}");
        w.put(b, u"New order {o} from the web shop:\n\n");
    } else {
        switch (w.below(3)) {
        case 0:
            w.put(t.subject, u"Order {o} confirmed");
            break;
        case 1:
            w.put(t.subject, u"Thanks for your order ({o})");
            break;
        default:
            w.put(t.subject, u"Your Lumo order {o}");
            break;
        }
        w.put(b, u"Hi {n},\n\nThanks for your order! Here's a summary:\n\n");
    }

    int subtotal = 0;
    bool physical = false;
    for (int i = 0; i < count; ++i) {
        const Product &product = kProducts[lines[i]];
        const bool device = lines[i] < kDeviceCount;
        const int quantity = device && w.chance(25) ? 2 + w.below(3) : 1;
        physical = physical || device;
        const qsizetype start = b.size();
        b.append(u"  ");
        appendInt(b, quint64(quantity));
        b.append(u" × ");
        b.append(product.name);
        // Pad to a column so the amounts line up in a fixed-width view.
        for (qsizetype pad = b.size() - start; pad < 42; ++pad)
            b.append(u' ');
        appendMoney(b, product.cents * quantity);
        b.append(u'\n');
        subtotal += product.cents * quantity;
    }
    const int shipping = physical && subtotal < 5000 ? 495 : 0;
    b.append(u"\nSubtotal: ");
    appendMoney(b, subtotal);
    b.append(u"\nShipping: ");
    if (shipping == 0)
        b.append(u"free");
    else
        appendMoney(b, shipping);
    b.append(u"\nTotal:    ");
    appendMoney(b, subtotal + shipping);
    b.append(u" (incl. VAT)\n\n");

    if (channel == Channel::InPerson) {
        w.put(b, u"Paid by card ending {l}. Served by {a}.");
    } else if (channel == Channel::Phone) {
        w.put(b, u"Read the total back to the customer, paid by card ending {l}. Confirmation sent by email.");
    } else if (isInbound(direction)) {
        w.put(b, u"Paid by card ending {l}. Ready for picking.");
    } else {
        w.put(b,
            physical ? u"Paid with the card ending {l}. We'll send tracking details as soon as your parcel "
                       u"leaves our warehouse, usually within one working day.\n\nThanks for choosing Lumo!\n"
                       u"{a} and the Lumo team"
                     : u"Paid with the card ending {l}. Your plan is active right away.\n\nThanks for choosing "
                       u"Lumo!\n{a} and the Lumo team");
    }
}

constexpr QStringView kRefundReasons[] = { u"returned unused", u"damaged in transit", u"late delivery",
    u"price adjustment", u"duplicate charge", u"defect under warranty" };

void refund(Writer &w, DemoText &t, Channel channel, Direction direction)
{
    QString &b = t.body;
    if (isInbound(direction)) {
        w.put(t.subject, u"Refund for my return");
        if (channel == Channel::Email || channel == Channel::SelfService) {
            customerEmail(w, b,
                u"I sent the {p} back on {d} with {c} (tracking {k}). When can I expect the refund "
                u"of {m}?");
        } else if (channel == Channel::LiveChat) {
            w.chatLine(b, false, u"hi, when will I get my refund for the {p}? sent it back {d}");
            w.chatLine(b, true,
                u"Hi {n}! It reached us yesterday, so the {m} will be back on your card within 3-5 "
                u"working days.");
            w.chatLine(b, false, w.pick(kChatThanks));
        } else {
            w.put(b,
                u"{n} asked about the refund of {m} for the {p} from order {o}. Return arrived on {d}; told "
                u"them to expect it within three to five working days.");
        }
        return;
    }
    w.put(t.subject, w.chance(50) ? u"Refund for order {o}" : u"Your refund is on its way");
    const bool goodwill = w.chance(30);
    if (channel == Channel::Email) {
        agentEmail(w, b, {},
            goodwill ? u"I've refunded {m} for the {p} from order {o} to your card ending {l}. Depending on "
                       u"your bank, it can take three to five working days to show up.\n\nAs a small thank-you "
                       u"for your patience, here's {P}% off your next order: {x}."
                     : u"I've refunded {m} for the {p} from order {o} to your card ending {l}. Depending on "
                       u"your bank, it can take three to five working days to show up.");
        return;
    }
    w.put(b, u"Refunded {m} for order {o} to the card ending {l}. Reason: ");
    b.append(w.pick(kRefundReasons));
    b.append(u'.');
    if (goodwill)
        w.put(b, u" Added a {P}% goodwill code ({x}) for the next order.");
}

void followUp(Writer &w, DemoText &t, Channel channel, Direction direction)
{
    QString &b = t.body;
    if (isInbound(direction)) {
        w.put(t.subject, u"Re: Checking in");
        const QStringView reply = w.pick(kFollowUpReplies);
        if (channel == Channel::Email || channel == Channel::SelfService) {
            w.put(b, reply);
            w.customerSignature(b);
        } else if (channel == Channel::LiveChat) {
            w.chatLine(b, false, reply);
            w.chatLine(b, true, u"Thanks for letting us know, {n}!");
        } else {
            w.put(b, u"{n} replied to our check-in: \"");
            w.put(b, reply);
            b.append(u'"');
        }
        return;
    }
    // Either closing the loop on an earlier conversation or a proactive check-in.
    QStringView about;
    QString core;
    if (w.chance(60)) {
        about = w.pick(kTopics).phrase;
        const QStringView opener = w.pick(kFollowUpOpeners);
        const qsizetype at = opener.indexOf(u"{phrase}");
        w.put(core, opener.first(at));
        w.put(core, about);
        w.put(core, opener.sliced(at + 8));
        t.subject.append(u"Following up on ");
        w.put(t.subject, about);
    } else {
        const Note &proactive = w.pick(kFollowUpProactive);
        about = proactive.subject;
        w.put(core, proactive.body);
        t.subject.append(u"Checking in");
    }
    switch (channel) {
    case Channel::Email:
    case Channel::SelfService:
        agentEmail(w, b, {}, core, {}, u"Just reply to this email, I read every answer myself.");
        break;
    case Channel::LiveChat:
        w.chatLine(b, true, u"Hi {n}! ");
        b.append(core);
        w.chatLine(b, false, w.pick(kFollowUpReplies));
        break;
    default:
        w.put(b,
            channel == Channel::Phone || channel == Channel::Video ? u"Follow-up call to {n} ({h} min) about "
                                                                   : u"Checked in with {n} about ");
        w.put(b, about);
        b.append(u". ");
        w.put(b, w.chance(70) ? u"All fine on their side." : u"One question left; sent the steps by email.");
        break;
    }
}

void referral(Writer &w, DemoText &t, Channel channel, Direction direction)
{
    QString &b = t.body;
    if (isInbound(direction)) {
        if (channel == Channel::Email || channel == Channel::SelfService || channel == Channel::LiveChat) {
            const Note &reply = w.pick(kReferralReplies);
            w.put(t.subject, reply.subject);
            w.put(b, reply.body);
            w.customerSignature(b);
        } else {
            w.put(t.subject, u"Referral: {F}");
            w.put(b,
                u"{n} referred {F} from {C}, who placed a first order today. Referral credit added to both "
                u"accounts.");
        }
        return;
    }
    if (channel == Channel::Phone || channel == Channel::InPerson || channel == Channel::Video) {
        t.subject.append(u"Referral request");
        w.put(b, u"Asked {n} for a referral at the end of our conversation. ");
        w.put(b, w.chance(60) ? u"They were glad to, and will pass our details on." : u"They'll think about it.");
        return;
    }
    const Note &request = w.pick(kReferralRequests);
    w.put(t.subject, request.subject);
    QString core;
    const QStringView text = request.body;
    const qsizetype at = text.indexOf(u"{phrase}");
    if (at >= 0) {
        w.put(core, text.first(at));
        w.put(core, w.pick(kTopics).phrase);
        w.put(core, text.sliced(at + 8));
    } else {
        w.put(core, text);
    }
    if (channel == Channel::Social || channel == Channel::LiveChat) {
        w.put(b, u"Hi {n}! ");
        b.append(core);
        b.append(u" 🎉");
    } else {
        agentEmail(w, b, {}, core, {}, u"Thank you for being part of Lumo.");
    }
}

void escalation(Writer &w, DemoText &t)
{
    const TechTopic &topic = w.pick(kTechTopics);
    const Note &text = w.pick(kEscalationTexts);
    w.put(t.subject, text.subject);
    const QStringView body = text.body;
    // This template set has its own slots for the topic and severity.
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.sliced(i).startsWith(u"{phrase}")) {
            w.put(t.body, topic.phrase);
            i += 7;
        } else if (body.sliced(i).startsWith(u"{outcome}")) {
            w.put(t.body, topic.outcomes[0]);
            i += 8;
        } else if (body.sliced(i).startsWith(u"S{s}")) {
            t.body.append(u'S');
            appendInt(t.body, quint64(1 + w.below(4)));
            i += 3;
        } else if (body[i] == u'{' && i + 2 < body.size() && body[i + 2] == u'}') {
            w.put(t.body, body.sliced(i, 3));
            i += 2;
        } else {
            t.body.append(body[i]);
        }
    }
}

void systemEvent(Writer &w, DemoText &t)
{
    const Note &text = w.pick(kSystemTexts);
    w.put(t.subject, text.subject);
    w.put(t.body, text.body);
}

void complaintSubject(Writer &w, QString &subject, const ComplaintText &text, const QString &cause)
{
    if (text.subject.isEmpty()) {
        subject.append(u"Complaint: ");
        subject.append(cause);
    } else {
        w.put(subject, text.subject);
    }
}

const ComplaintText &complaintFor(const QString &cause)
{
    for (const ComplaintText &text : kComplaints) {
        if (text.cause == cause)
            return text;
    }
    return kGenericComplaint;
}

} // namespace

namespace DemoCorpus {

const QStringList &firstNames()
{
    static const QStringList names = {
        u"Emma"_s,
        u"Liam"_s,
        u"Olivia"_s,
        u"Noah"_s,
        u"Zoë"_s,
        u"José"_s,
        u"Amélie"_s,
        u"Søren"_s,
        u"Björn"_s,
        u"Chloé"_s,
        u"Mateo"_s,
        u"Sofía"_s,
        u"Lucía"_s,
        u"Hiroshi"_s,
        u"Yuki"_s,
        u"Mei"_s,
        u"Wei"_s,
        u"Aarav"_s,
        u"Priyanka"_s,
        u"Ananya"_s,
        u"Rohan"_s,
        u"Fatima"_s,
        u"Omar"_s,
        u"Layla"_s,
        u"Youssef"_s,
        u"Amara"_s,
        u"Chinedu"_s,
        u"Kwabena"_s,
        u"Ngozi"_s,
        u"Thandiwe"_s,
        u"Lars"_s,
        u"Astrid"_s,
        u"Mikkel"_s,
        u"Freya"_s,
        u"Elif"_s,
        u"Emre"_s,
        u"Ayşe"_s,
        u"Mehmet"_s,
        u"Dmitri"_s,
        u"Anastasia"_s,
        u"Katarzyna"_s,
        u"Piotr"_s,
        u"Zofia"_s,
        u"Jakub"_s,
        u"Tereza"_s,
        u"Ondřej"_s,
        u"Bence"_s,
        u"Réka"_s,
        u"Ioana"_s,
        u"Andrei"_s,
        u"Giulia"_s,
        u"Matteo"_s,
        u"Francesca"_s,
        u"Luca"_s,
        u"Inês"_s,
        u"João"_s,
        u"Beatriz"_s,
        u"Tiago"_s,
        u"Camille"_s,
        u"Léa"_s,
        u"Julien"_s,
        u"Margaux"_s,
        u"Johanna"_s,
        u"Lukas"_s,
        u"Felix"_s,
        u"Anja"_s,
        u"Niamh"_s,
        u"Seán"_s,
        u"Siobhan"_s,
        u"Ciarán"_s,
        u"Isla"_s,
        u"Callum"_s,
        u"Eilidh"_s,
        u"Rhys"_s,
        u"Carys"_s,
        u"Aroha"_s,
        u"Mia"_s,
        u"Jack"_s,
        u"Charlotte"_s,
        u"James"_s,
        u"Amelia"_s,
        u"Harper"_s,
        u"Ethan"_s,
        u"Ava"_s,
        u"Lucas"_s,
        u"Grace"_s,
        u"Daniel"_s,
        u"Samuel"_s,
        u"Ruby"_s,
        u"Isaac"_s,
        u"Nora"_s,
        u"Leo"_s,
        u"Maya"_s,
        u"Gabriel"_s,
        u"Aisha"_s,
        u"Tariq"_s,
        u"Nadia"_s,
        u"Karim"_s,
        u"Rania"_s,
        u"Hyun-woo"_s,
        u"Ji-woo"_s,
        u"Min-jun"_s,
        u"Thu"_s,
        u"Minh"_s,
        u"Linh"_s,
        u"Somchai"_s,
        u"Ploy"_s,
        u"Arjun"_s,
        u"Kavya"_s,
        u"Diego"_s,
        u"Valentina"_s,
        u"Camila"_s,
        u"Santiago"_s,
        u"Ximena"_s,
        u"Renée"_s,
        u"Noé"_s,
        u"Maëlle"_s,
        u"Jürgen"_s,
        u"Grete"_s,
        u"Małgorzata"_s,
        u"Tomasz"_s,
        u"Ágnes"_s,
        u"Zsófia"_s,
        u"Kofi"_s,
        u"Adaeze"_s,
        u"Tendai"_s,
        u"Yaw"_s,
        u"Bongani"_s,
        u"Ellie"_s,
        u"Malik"_s,
    };
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = {
        u"Müller"_s,
        u"García"_s,
        u"Núñez"_s,
        u"Okafor"_s,
        u"Nakamura"_s,
        u"Kowalski"_s,
        u"Dubois"_s,
        u"Rossi"_s,
        u"Jensen"_s,
        u"Andersson"_s,
        u"Nguyen"_s,
        u"Kim"_s,
        u"Patel"_s,
        u"Sharma"_s,
        u"Smith"_s,
        u"Johnson"_s,
        u"Williams"_s,
        u"Brown"_s,
        u"Jones"_s,
        u"Davies"_s,
        u"Evans"_s,
        u"Thomas"_s,
        u"O'Brien"_s,
        u"Murphy"_s,
        u"Kelly"_s,
        u"Byrne"_s,
        u"MacLeod"_s,
        u"Campbell"_s,
        u"Fraser"_s,
        u"Schmidt"_s,
        u"Schneider"_s,
        u"Fischer"_s,
        u"Weber"_s,
        u"Becker"_s,
        u"Wagner"_s,
        u"Hoffmann"_s,
        u"Schäfer"_s,
        u"Koch"_s,
        u"Richter"_s,
        u"Bauer"_s,
        u"Lefèvre"_s,
        u"Martin"_s,
        u"Bernard"_s,
        u"Moreau"_s,
        u"Laurent"_s,
        u"Girard"_s,
        u"Fontaine"_s,
        u"Rousseau"_s,
        u"Bianchi"_s,
        u"Romano"_s,
        u"Colombo"_s,
        u"Ricci"_s,
        u"Esposito"_s,
        u"Ferreira"_s,
        u"Silva"_s,
        u"Santos"_s,
        u"Oliveira"_s,
        u"Costa"_s,
        u"Pereira"_s,
        u"Fernández"_s,
        u"López"_s,
        u"Martínez"_s,
        u"Sánchez"_s,
        u"Pérez"_s,
        u"Gómez"_s,
        u"Díaz"_s,
        u"Álvarez"_s,
        u"Ruiz"_s,
        u"Hernández"_s,
        u"Jiménez"_s,
        u"Nowak"_s,
        u"Wiśniewski"_s,
        u"Wójcik"_s,
        u"Kamiński"_s,
        u"Novák"_s,
        u"Dvořák"_s,
        u"Horváth"_s,
        u"Nagy"_s,
        u"Kovács"_s,
        u"Popescu"_s,
        u"Ionescu"_s,
        u"Petrov"_s,
        u"Ivanova"_s,
        u"Sokolov"_s,
        u"Yılmaz"_s,
        u"Kaya"_s,
        u"Demir"_s,
        u"Şahin"_s,
        u"Haddad"_s,
        u"Khalil"_s,
        u"Mansour"_s,
        u"Nasser"_s,
        u"Mensah"_s,
        u"Boateng"_s,
        u"Adeyemi"_s,
        u"Eze"_s,
        u"Mwangi"_s,
        u"Ndlovu"_s,
        u"Dlamini"_s,
        u"Tanaka"_s,
        u"Suzuki"_s,
        u"Watanabe"_s,
        u"Sato"_s,
        u"Chen"_s,
        u"Wang"_s,
        u"Li"_s,
        u"Zhang"_s,
        u"Liu"_s,
        u"Park"_s,
        u"Lee"_s,
        u"Choi"_s,
        u"Tran"_s,
        u"Pham"_s,
        u"Singh"_s,
        u"Gupta"_s,
        u"Iyer"_s,
        u"Reddy"_s,
        u"Khan"_s,
        u"Ahmed"_s,
        u"Hansen"_s,
        u"Nielsen"_s,
        u"Lindqvist"_s,
        u"Virtanen"_s,
        u"Korhonen"_s,
        u"van den Berg"_s,
        u"de Vries"_s,
        u"Janssens"_s,
        u"Peeters"_s,
        u"Ó Briain"_s,
        u"Øvergaard"_s,
    };
    return names;
}

const QStringList &companies()
{
    static const QStringList names = {
        u"Brightwater Dental"_s,
        u"Copperleaf Studio"_s,
        u"Harbourside Bakery"_s,
        u"Nordlicht Architekten"_s,
        u"Meadowlark Pet Care"_s,
        u"Bluefin Logistics"_s,
        u"Orchard & Vine"_s,
        u"Kestrel Accounting"_s,
        u"Tidewater Yoga"_s,
        u"Ironbark Joinery"_s,
        u"Fable & Fern Books"_s,
        u"Quillstone Legal"_s,
        u"Saltmarsh Surf Co."_s,
        u"Juniper Health Clinic"_s,
        u"Lanterna Café"_s,
        u"Ridgeback Outdoor"_s,
        u"Silverbirch Lettings"_s,
        u"Pinecrest Physio"_s,
        u"Cobalt Print Works"_s,
        u"Goldfinch Florist"_s,
        u"Marlowe & Hart"_s,
        u"Stonebridge Motors"_s,
        u"Sunny Side Daycare"_s,
        u"Velvet Fox Salon"_s,
        u"Windmill Brewery"_s,
        u"Atelier Solène"_s,
        u"Café Mélange"_s,
        u"Kaizen Robotics"_s,
        u"Riverbend Vets"_s,
        u"Northstar Realty"_s,
        u"Oakhaven Hotel"_s,
        u"Pebblebrook Rentals"_s,
        u"Foxglove Interiors"_s,
        u"Granite Peak Gym"_s,
        u"Hollowtree Games"_s,
        u"Larkspur Events"_s,
        u"Maple & Moss Landscaping"_s,
        u"Loft Nine Coworking"_s,
        u"Paloma Tapas"_s,
        u"Quayside Opticians"_s,
        u"Rosehip Tea House"_s,
        u"Saffron Kitchen"_s,
        u"Tallow & Wick Candles"_s,
        u"Umber Ceramics"_s,
        u"Verdant Labs"_s,
        u"Wren & Co. Accountants"_s,
        u"Yellowhammer Cycles"_s,
        u"Zephyr Dance School"_s,
        u"Bergmann Elektro GmbH"_s,
        u"Høgberg Design"_s,
        u"Lindenhof Pension"_s,
        u"Sakura Print Studio"_s,
        u"Costa Verde Imports"_s,
        u"Mirai Language School"_s,
        u"Adebayo Family Pharmacy"_s,
        u"Château Belvoir Wines"_s,
        u"Kilnworth Pottery"_s,
        u"Driftwood Guesthouse"_s,
        u"Polaris IT Services"_s,
        u"Greenlane Grocers"_s,
    };
    return names;
}

const QStringList &complaintCauses()
{
    static const QStringList causes = [] {
        QStringList list;
        list.reserve(qsizetype(std::size(kComplaints)));
        for (const ComplaintText &text : kComplaints)
            list.append(text.cause.toString());
        return list;
    }();
    return causes;
}

const QStringList &teamQueues()
{
    static const QStringList names = { u"General"_s, u"Billing"_s, u"Technical support"_s, u"Complaints"_s };
    return names;
}

const QStringList &conversationTags()
{
    static const QStringList names = { u"refund"_s, u"shipping"_s, u"firmware"_s, u"app"_s, u"invoice"_s, u"warranty"_s,
        u"setup"_s, u"feedback"_s };
    return names;
}

const QStringList &tags()
{
    static const QStringList names = {
        u"vip"_s,
        u"newsletter"_s,
        u"beta"_s,
        u"early-adopter"_s,
        u"business"_s,
        u"reseller"_s,
        u"referrer"_s,
        u"at-risk"_s,
        u"high-volume"_s,
        u"installer"_s,
        u"prefers-email"_s,
        u"anniversary"_s,
    };
    return names;
}

DemoText compose(DemoRandom &random, InteractionKind kind, Channel channel, Direction direction, bool technical,
    const QString &firstName)
{
    if (kind == InteractionKind::Complaint)
        return complaint(random, channel, random.pick(complaintCauses()), firstName);

    Writer w(random, firstName);
    DemoText text;
    text.body.reserve(technical ? 1400 : 600);
    const bool technicalKind
        = kind == InteractionKind::Message || kind == InteractionKind::Call || kind == InteractionKind::Note;
    if (technical && technicalKind) {
        technicalMessage(w, text, kind, channel, direction);
        return text;
    }
    switch (kind) {
    case InteractionKind::Message:
        message(w, text, channel, direction);
        break;
    case InteractionKind::Call:
        call(w, text, channel, direction);
        break;
    case InteractionKind::Note:
        note(w, text);
        break;
    case InteractionKind::Feedback:
        feedback(w, text, channel, direction);
        break;
    case InteractionKind::Order:
        order(w, text, channel, direction);
        break;
    case InteractionKind::Refund:
        refund(w, text, channel, direction);
        break;
    case InteractionKind::Escalation:
        escalation(w, text);
        break;
    case InteractionKind::FollowUp:
        followUp(w, text, channel, direction);
        break;
    case InteractionKind::Referral:
        referral(w, text, channel, direction);
        break;
    case InteractionKind::System:
        systemEvent(w, text);
        break;
    case InteractionKind::Complaint:
        break; // handled above
    }
    return text;
}

DemoText complaint(DemoRandom &random, Channel channel, const QString &cause, const QString &firstName)
{
    Writer w(random, firstName);
    w.setCause(cause);
    const ComplaintText &c = complaintFor(cause);
    DemoText text;
    QString &b = text.body;
    b.reserve(500);

    switch (channel) {
    case Channel::Email:
        complaintSubject(w, text.subject, c, cause);
        w.put(b, w.pick(kComplaintGreetings));
        b.append(u"\n\n");
        w.put(b, c.detail);
        b.append(u"\n\n");
        b.append(w.pick(kComplaintDemands));
        w.customerSignOff(b, w.chance(50) ? u"Regards," : u"Thanks,");
        break;
    case Channel::SelfService:
        complaintSubject(w, text.subject, c, cause);
        b.append(u"Complaint form submitted in the help centre:\n\n");
        w.put(b, c.detail);
        break;
    case Channel::Social:
        complaintSubject(w, text.subject, c, cause);
        if (w.chance(60))
            b.append(u"@LumoHelp ");
        w.put(b, c.shortText);
        b.append(w.pick(kComplaintEmoji));
        break;
    case Channel::LiveChat:
        text.subject.append(u"Complaint: ");
        text.subject.append(cause);
        w.chatLine(b, false, c.shortText);
        w.chatLine(b, true, w.pick(kComplaintEmpathy));
        w.chatLine(b, false, w.pick(kComplaintFollowOn));
        w.chatLine(b, true,
            u"I've logged this as a complaint and I'll make sure it's put right today. Thank you for "
            u"telling us, {n}.");
        break;
    default: {
        text.subject.append(u"Complaint: ");
        text.subject.append(cause);
        switch (channel) {
        case Channel::Phone:
            w.put(b, u"Phone call, {h} min. ");
            break;
        case Channel::Video:
            w.put(b, u"Raised during a video call ({h} min). ");
            break;
        case Channel::InPerson:
            w.put(b, u"In person at {s}. ");
            break;
        default:
            b.append(u"Logged on the customer's behalf. ");
            break;
        }
        w.put(b, c.summary);
        b.append(u"\n\nWhat we did: ");
        w.put(b, c.remedy);
        b.append(u" Thanked them for raising it.");
        break;
    }
    }
    return text;
}

} // namespace DemoCorpus
} // namespace tandem
