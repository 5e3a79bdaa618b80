// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/EmbeddedResources.h"
#include "services/ServiceError.h"
#include "services/TemplateCategories.h"
#include "services/TemplateService.h"
#include "services/TimelineService.h"
#include "services/WorkspaceSetup.h"
#include "storage/AuditLog.h"
#include "storage/CustomerRepository.h"
#include "storage/Query.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <string>
#include <vector>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

// A workspace prepared the way the app prepares one on first start: demo data and the default library.
// The app fills only desk files (a team server is never filled behind the team's back), so on PostgreSQL
// the test fills it the same way by hand.
struct FirstStartWorkspace
{
    test::TempWorkspace temp; // declared first: the schema or file outlives the open workspace
    std::unique_ptr<Workspace> workspace;

    explicit FirstStartWorkspace(Backend backend) : temp(backend)
    {
        DemoOptions demo;
        demo.customers = 6;
        demo.interactions = 40;
        demo.seed = 3;
        demo.anchor = test::TempWorkspace::demoAnchor;
        if (backend == Backend::Sqlite) {
            workspace = WorkspaceSetup::openWithDemoOnFirstStart(temp.path(), demo);
            return;
        }
        temp.openWithDemo(demo.customers, demo.interactions, demo.seed);
        workspace = temp.take();
        TemplateService(*workspace, SystemClock::instance()).installDefaultLibrary();
    }
};

ReplyTemplate personalTemplate(const Actor &owner, const QString &name, const QString &shortcode)
{
    ReplyTemplate replyTemplate;
    replyTemplate.ownerId = owner.agentId;
    replyTemplate.category = u"Follow-ups"_s;
    replyTemplate.name = name;
    replyTemplate.shortcode = shortcode;
    replyTemplate.channel = Channel::Email;
    replyTemplate.subject = u"Checking in"_s;
    replyTemplate.body = u"Hi {{customer.first_name | \"there\"}}, just checking in. {{cursor}}\n{{agent.name}}"_s;
    return replyTemplate;
}

ReplyTemplate sharedTemplate(const QString &name, const QString &shortcode)
{
    ReplyTemplate replyTemplate = personalTemplate(Actor {}, name, shortcode);
    replyTemplate.ownerId.reset();
    return replyTemplate;
}

qint64 auditCount(Workspace &workspace, const QString &action)
{
    return Query::scalar(workspace.database(), u"SELECT count(*) FROM audit_log WHERE action = ?"_s, { action })
        .toLongLong();
}

qint64 auditCount(Workspace &workspace)
{
    return Query::scalar(workspace.database(), u"SELECT count(*) FROM audit_log"_s).toLongLong();
}

qint64 templateRows(Workspace &workspace)
{
    return Query::scalar(workspace.database(), u"SELECT count(*) FROM templates"_s).toLongLong();
}

std::optional<ReplyTemplate> byShortcode(const QList<ReplyTemplate> &templates, const QString &shortcode)
{
    for (const ReplyTemplate &replyTemplate : templates) {
        if (replyTemplate.shortcode == shortcode)
            return replyTemplate;
    }
    return std::nullopt;
}

std::string serviceErrorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const ServiceError &error) {
        return str(error.message());
    }
    return {};
}

// A library file of the given entries, each an object literal's members.
QByteArray library(const QList<QJsonObject> &entries, const QString &format = u"tandem-templates"_s)
{
    QJsonArray array;
    for (const QJsonObject &entry : entries)
        array.append(entry);
    return QJsonDocument(QJsonObject { { u"format"_s, format }, { u"version"_s, 1 }, { u"templates"_s, array } })
        .toJson();
}

QJsonObject entry(const QString &name, const QString &shortcode, const QString &channel, const QString &body)
{
    return { { u"category"_s, u"Billing"_s }, { u"name"_s, name }, { u"shortcode"_s, shortcode },
        { u"channel"_s, channel }, { u"body"_s, body } };
}

} // namespace

TEST_CASE("a new demo workspace starts with the default library and its six referral moments", "[templates]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(str(test::backendName(backend)));
    FirstStartWorkspace setup(backend);
    Workspace &workspace = *setup.workspace;
    test::MockClock clock;
    TemplateService service(workspace, clock);
    const Actor lead = AccountService(workspace).defaultDemoActor();
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);

    const QList<ReplyTemplate> templates = service.templates(lead);
    CHECK(templates.size() == 24);
    CHECK(service.templates(rep).size() == 24);
    QSet<QString> referralMoments;
    int referralTemplates = 0;
    for (const ReplyTemplate &replyTemplate : templates) {
        INFO(str(replyTemplate.shortcode));
        CHECK_FALSE(replyTemplate.ownerId.has_value());
        CHECK(replyTemplate.channel.has_value());
        CHECK(service.problemsWith(replyTemplate).isEmpty());
        if (replyTemplate.referralRequest) {
            ++referralTemplates;
            referralMoments.insert(replyTemplate.name);
            CHECK(replyTemplate.category == u"Referral requests"_s);
        }
    }
    CHECK(referralTemplates == 8);
    CHECK(referralMoments.size() == 6);
    CHECK(service.categories(lead) == TemplateCategories::defaults());
    CHECK(auditCount(workspace, u"template.install_default"_s) == 24);

    // Only a workspace without templates gets the library.
    CHECK(service.installDefaultLibrary() == 0);
    CHECK(service.templates(lead).size() == 24);
}

TEST_CASE("template category names are stored in English and shown translated", "[templates]")
{
    CHECK(TemplateCategories::defaults().size() == 7);
    CHECK(TemplateCategories::displayName(u"Complaints"_s) == u"Complaints"_s);
    CHECK(TemplateCategories::displayName(u"Our own category"_s) == u"Our own category"_s);
    CHECK(TemplateCategories::storedNameFor(u"  complaints "_s) == u"Complaints"_s);
    CHECK(TemplateCategories::storedNameFor(u" Our own category "_s) == u"Our own category"_s);

    // The list in the code and the library's list of categories agree.
    ensureEmbeddedResources();
    QFile file(u":/tandem/templates/default-library.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QSet<QString> inLibrary;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).object().value(u"templates"_s).toArray())
        inLibrary.insert(value.toObject().value(u"category"_s).toString());
    const QStringList defaults = TemplateCategories::defaults();
    CHECK(inLibrary == QSet<QString>(defaults.cbegin(), defaults.cend()));
}

TEST_CASE("only team leads change shared templates; everyone changes only their own personal ones", "[templates]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(str(test::backendName(backend)));
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    test::MockClock clock;
    TemplateService service(workspace, clock);
    AccountService accounts(workspace);
    const Actor lead = accounts.signInWithoutPassword(u"lead"_s);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor rep2 = accounts.signInWithoutPassword(u"rep2"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);

    const Id shared = service.create(lead, sharedTemplate(u"Team check-in"_s, u"team-checkin"_s));
    const Id repOwn = service.create(rep, personalTemplate(rep, u"My check-in"_s, u"my-checkin"_s));
    const qint64 auditBefore = auditCount(workspace);

    SECTION("a rep editing a shared template is refused")
    {
        ReplyTemplate edited = *service.find(rep, shared);
        edited.body = u"Changed by a rep"_s;
        CHECK_THROWS_AS(service.update(rep, edited), PermissionDenied);
        CHECK_THROWS_AS(service.update(specialist, edited), PermissionDenied);
        CHECK_THROWS_AS(service.archive(rep, shared), PermissionDenied);
        CHECK_THROWS_AS(service.create(rep, sharedTemplate(u"Rep's shared"_s, u"rep-shared"_s)), PermissionDenied);
        CHECK_THAT(serviceErrorOf([&] { service.update(rep, edited); }), ContainsSubstring("team leads"));
        CHECK(service.find(lead, shared)->body != edited.body);
        CHECK_FALSE(TemplateService::canEdit(rep, edited));
    }
    SECTION("a rep editing their own personal template succeeds")
    {
        ReplyTemplate edited = *service.find(rep, repOwn);
        edited.body = u"Hi {{customer.first_name}}, following up on your question."_s;
        CHECK(TemplateService::canEdit(rep, edited));
        service.update(rep, edited);
        CHECK(service.find(rep, repOwn)->body == edited.body);
        service.archive(rep, repOwn);
        CHECK_FALSE(service.find(rep, repOwn).has_value());
    }
    SECTION("a rep editing another rep's personal template is refused")
    {
        ReplyTemplate stolen = personalTemplate(rep, u"My check-in"_s, u"my-checkin"_s);
        stolen.id = repOwn;
        stolen.body = u"Changed by rep2"_s;
        CHECK_FALSE(TemplateService::canEdit(rep2, stolen));
        CHECK_THROWS_AS(service.update(rep2, stolen), PermissionDenied);
        CHECK_THROWS_AS(service.update(lead, stolen), PermissionDenied);
        CHECK_THROWS_AS(service.archive(rep2, repOwn), PermissionDenied);
        CHECK_THROWS_AS(service.create(rep2, personalTemplate(rep, u"For rep"_s, u"for-rep"_s)), PermissionDenied);
        CHECK_THAT(serviceErrorOf([&] { service.update(rep2, stolen); }), ContainsSubstring("another agent"));
        // Nor can they see it.
        CHECK_FALSE(service.find(rep2, repOwn).has_value());
        CHECK_FALSE(byShortcode(service.templates(rep2), u"my-checkin"_s).has_value());
        CHECK(service.find(rep, repOwn)->body != stolen.body);
    }
    SECTION("a rep cannot move their personal template into the shared library")
    {
        ReplyTemplate promoted = *service.find(rep, repOwn);
        promoted.ownerId.reset();
        CHECK_THROWS_AS(service.update(rep, promoted), PermissionDenied);
        CHECK(service.find(rep, repOwn)->ownerId == rep.agentId);
    }
    SECTION("a lead editing a shared template succeeds")
    {
        ReplyTemplate edited = *service.find(lead, shared);
        edited.body = u"Hello {{customer.name}}, checking in from the team."_s;
        CHECK(TemplateService::canEdit(lead, edited));
        service.update(lead, edited);
        CHECK(service.find(rep, shared)->body == edited.body);
        CHECK(auditCount(workspace, u"template.update"_s) == 1);
    }
    // Refusals write nothing; each allowed change writes one audit entry.
    CHECK(auditCount(workspace) - auditBefore
        == auditCount(workspace, u"template.update"_s) + auditCount(workspace, u"template.archive"_s));
}

TEST_CASE("a template that cannot be used is refused before it is saved, with the reason", "[templates]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(str(test::backendName(backend)));
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    test::MockClock clock;
    TemplateService service(workspace, clock);
    const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    service.create(lead, sharedTemplate(u"Team check-in"_s, u"checkin"_s));
    const qint64 rowsBefore = templateRows(workspace);

    ReplyTemplate candidate = sharedTemplate(u"Another"_s, u"another"_s);
    SECTION("no name")
    {
        candidate.name = u"   "_s;
        CHECK_THAT(serviceErrorOf([&] { service.create(lead, candidate); }), ContainsSubstring("name"));
    }
    SECTION("a body that does not parse names the line and column")
    {
        candidate.body = u"Hello,\nHi {{customer.frist_name}}!"_s;
        const std::string message = serviceErrorOf([&] { service.create(lead, candidate); });
        CHECK_THAT(message, ContainsSubstring("line 2, column 6"));
        CHECK_THAT(message, ContainsSubstring("customer.first_name"));
        const QList<TemplateProblem> problems = service.problemsWith(candidate);
        REQUIRE(problems.size() == 1);
        CHECK(problems.front().field == TemplateProblem::Field::Body);
    }
    SECTION("a subject that does not parse")
    {
        candidate.subject = u"About {{escalation.id"_s;
        CHECK_THAT(serviceErrorOf([&] { service.create(lead, candidate); }), ContainsSubstring("subject"));
    }
    SECTION("an empty body")
    {
        candidate.body = u"\n  \n"_s;
        CHECK_THAT(serviceErrorOf([&] { service.create(lead, candidate); }), ContainsSubstring("no text"));
    }
    SECTION("a shortcode that is not one word")
    {
        candidate.shortcode = u"check in"_s;
        CHECK_THAT(serviceErrorOf([&] { service.create(lead, candidate); }), ContainsSubstring("shortcode"));
    }
    SECTION("a shortcode already used in the same scope and channel, whatever its case")
    {
        candidate.shortcode = u"CheckIn"_s;
        CHECK_THAT(serviceErrorOf([&] { service.create(lead, candidate); }),
            ContainsSubstring("“checkin” is already used by the template “Team check-in”"));
        // A template for any channel clashes with the e-mail one too.
        candidate.channel.reset();
        CHECK_THROWS_AS(service.create(lead, candidate), ServiceError);
    }
    SECTION("a social reply longer than a public post")
    {
        candidate.channel = Channel::Social;
        candidate.body = u"Thanks {{customer.first_name}}! "_s + QString(300, u'x');
        CHECK_THAT(serviceErrorOf([&] { service.create(lead, candidate); }), ContainsSubstring("280 at most"));
    }
    SECTION("a chat message longer than a chat message should be")
    {
        candidate.channel = Channel::LiveChat;
        candidate.body = QString(501, u'y');
        CHECK_THAT(serviceErrorOf([&] { service.create(lead, candidate); }), ContainsSubstring("500 at most"));
    }
    CHECK(templateRows(workspace) == rowsBefore);

    SECTION("the same shortcode is fine on another channel, in a personal scope, or once the old one is archived")
    {
        candidate.shortcode = u"checkin"_s;
        candidate.channel = Channel::LiveChat;
        CHECK(service.create(lead, candidate) > 0);
        CHECK(service.create(rep, personalTemplate(rep, u"Mine"_s, u"checkin"_s)) > 0);
        ReplyTemplate repeat = sharedTemplate(u"Team check-in, new wording"_s, u"checkin"_s);
        CHECK_THROWS_AS(service.create(lead, repeat), ServiceError);
        service.archive(lead, service.findByShortcode(lead, u"checkin"_s, Channel::Email)->id);
        CHECK(service.create(lead, repeat) > 0);
    }
}

TEST_CASE("archiving a template hides it but keeps the row and writes the audit trail", "[templates]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(str(test::backendName(backend)));
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    test::MockClock clock;
    TemplateService service(workspace, clock);
    const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
    int notifications = 0;
    QObject::connect(&service, &TemplateService::changed, [&notifications] { ++notifications; });

    const Id id = service.create(lead, sharedTemplate(u"Team check-in"_s, u"checkin"_s));
    ReplyTemplate edited = *service.find(lead, id);
    edited.name = u"Team check-in (friendly)"_s;
    service.update(lead, edited);
    service.archive(lead, id);
    CHECK(notifications == 3);

    CHECK_FALSE(service.find(lead, id).has_value());
    CHECK(service.templates(lead).isEmpty());
    CHECK_THROWS_AS(service.update(lead, edited), ServiceError);
    CHECK(templateRows(workspace) == 1);
    CHECK(Query::scalar(workspace.database(), u"SELECT archived_at FROM templates WHERE id = ?"_s, { id }).toLongLong()
        == clock.now());

    Query audit(workspace.database(),
        u"SELECT action, entity, entity_id, actor_id, before_data, after_data FROM audit_log"
        " WHERE entity = 'template' ORDER BY id"_s);
    std::vector<std::string> actions;
    while (audit.next()) {
        actions.push_back(str(audit.value(0).toString()));
        CHECK(audit.value(2).toLongLong() == id);
        CHECK(audit.value(3).toLongLong() == lead.agentId);
        const QString before = audit.value(4).toString();
        const QString after = audit.value(5).toString();
        if (actions.back() == "template.create")
            CHECK((before.isEmpty() && after.contains(u"Team check-in"_s)));
        if (actions.back() == "template.update")
            CHECK((before.contains(u"\"Team check-in\""_s) && after.contains(u"(friendly)"_s)));
        if (actions.back() == "template.archive")
            CHECK(before.contains(u"(friendly)"_s));
    }
    CHECK(actions == std::vector<std::string> { "template.create", "template.update", "template.archive" });
    CHECK_FALSE(AuditLog(workspace).verify().firstBrokenId.has_value());
}

TEST_CASE("the template list filters by category and text and finds shortcodes", "[templates]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(str(test::backendName(backend)));
    FirstStartWorkspace setup(backend);
    Workspace &workspace = *setup.workspace;
    test::MockClock clock;
    TemplateService service(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);

    const QList<ReplyTemplate> refunds = service.templates(rep, { u"refund"_s, {}, {} });
    REQUIRE(refunds.size() >= 2);
    CHECK(refunds.at(0).shortcode == u"refund"_s);
    CHECK(refunds.at(1).shortcode == u"refund-chat"_s);

    // Words may come from anywhere in the text, in any case and without accents.
    const QList<ReplyTemplate> byText = service.templates(rep, { u"FORWARD  Name"_s, {}, {} });
    REQUIRE(byText.size() == 3);
    // Equally good matches keep the library's order: by category, then name.
    CHECK(byText.at(0).shortcode == u"welcome"_s);
    CHECK(byText.at(1).shortcode == u"ref-score"_s);
    CHECK(byText.at(2).shortcode == u"ref-anniversary"_s);

    const QList<ReplyTemplate> complaints = service.templates(rep, { {}, u"Complaints"_s, {} });
    CHECK(complaints.size() == 3);
    // The channel being written on ranks first; nothing is hidden.
    const QList<ReplyTemplate> chat = service.templates(rep, { {}, {}, Channel::LiveChat });
    REQUIRE(chat.size() == 24);
    for (qsizetype row = 0; row < chat.size(); ++row)
        CHECK((chat.at(row).channel == Channel::LiveChat) == (row < 6));
    const QList<ReplyTemplate> duringCall = service.templates(rep, { u"refund"_s, {}, Channel::Phone });
    REQUIRE_FALSE(duringCall.isEmpty());
    CHECK(duringCall.front().shortcode == u"refund"_s);
    const QList<ReplyTemplate> inChat = service.templates(rep, { u"refund"_s, {}, Channel::LiveChat });
    REQUIRE(inChat.size() >= 2);
    CHECK(inChat.at(0).shortcode == u"refund-chat"_s);
    CHECK(inChat.at(1).shortcode == u"refund"_s);
    // A shortcode as the list shows it.
    const QList<ReplyTemplate> slashed = service.templates(rep, { u"/refund"_s, {}, {} });
    REQUIRE_FALSE(slashed.isEmpty());
    CHECK(slashed.front().shortcode == u"refund"_s);
    CHECK(service.templates(rep, { u"nothing matches this"_s, {}, {} }).isEmpty());

    CHECK(service.findByShortcode(rep, u" Apology "_s)->name == u"Apology for a complaint (L.E.A.S.T.)"_s);
    CHECK_FALSE(service.findByShortcode(rep, u"apology"_s, Channel::LiveChat).has_value());
    // An agent's own template with a shared shortcode wins for them, and only for them.
    const Id mine = service.create(rep, personalTemplate(rep, u"Zoë's apology"_s, u"apology"_s));
    CHECK(service.findByShortcode(rep, u"apology"_s)->id == mine);
    const Actor rep2 = AccountService(workspace).signInWithoutPassword(u"rep2"_s);
    CHECK(service.findByShortcode(rep2, u"apology"_s)->id != mine);
    const QList<ReplyTemplate> zoe = service.templates(rep, { u"ZOE"_s, {}, {} });
    REQUIRE(zoe.size() == 1);
    CHECK(zoe.front().id == mine);
    // The filter folds as customer search does (domain/TextFolding): dotless ı and ß included.
    const Id yilmaz = service.create(rep, personalTemplate(rep, u"Yılmaz Straße"_s, u"yilmaz"_s));
    const QList<ReplyTemplate> folded = service.templates(rep, { u"yilm strasse"_s, {}, {} });
    REQUIRE(folded.size() == 1);
    CHECK(folded.front().id == yilmaz);
}

TEST_CASE("a template rendered for a customer fills what is known and names what is missing", "[templates]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(str(test::backendName(backend)));
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    test::MockClock clock;
    TemplateService service(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    Customer customer;
    customer.firstName = u"Zoë"_s;
    customer.lastName = u"Quist"_s;
    customer.email = u"zoe@example.com"_s;
    const Id customerId = CustomerRepository(workspace).insert(customer);

    ReplyTemplate replyTemplate = personalTemplate(rep, u"Call me back"_s, u"callback"_s);
    replyTemplate.subject = u"Your case {{escalation.id | \"with us\"}}"_s;
    replyTemplate.body = u"Hi {{customer.first_name}}, we will call {{customer.phone}} on {{date.today}}. {{cursor}}"
                         "\n{{agent.name}}, {{company.name}}"_s;
    const Id templateId = service.create(rep, replyTemplate);

    ReplyRendering rendering = service.render(rep, templateId, customerId);
    CHECK_FALSE(rendering.isComplete());
    CHECK(rendering.missingNames() == QStringList { u"customer.phone"_s });
    CHECK(rendering.subject.text == u"Your case with us"_s);
    CHECK(rendering.body.text.startsWith(u"Hi Zoë, we will call {{customer.phone}} on "_s));
    CHECK(rendering.body.text.endsWith(rep.name + u", Tandem Demo Co."_s));
    const QString year = QString::number(QDateTime::fromMSecsSinceEpoch(clock.now()).date().year());
    CHECK(rendering.body.text.contains(year));

    // The agent fills in the missing value; the workspace names its company.
    workspace.setMetaValue(u"company_name"_s, u"Quist & Daughters"_s);
    Escalation escalation;
    escalation.id = 77;
    rendering = service.render(rep, templateId, customerId, escalation, { { u"customer.phone"_s, u"+1 555 0100"_s } });
    CHECK(rendering.isComplete());
    CHECK(rendering.subject.text == u"Your case 77"_s);
    CHECK(rendering.body.text.contains(u"call +1 555 0100 on"_s));
    CHECK(rendering.body.text.endsWith(u"Quist & Daughters"_s));
    CHECK(rendering.body.caretPosition == rendering.body.text.indexOf(u'\n'));
    CHECK_FALSE(rendering.lengthLimit.has_value());

    CHECK_THROWS_AS(service.render(rep, templateId, 999'999), ServiceError);
}

TEST_CASE("using a template counts the use and remembers when", "[templates]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(str(test::backendName(backend)));
    FirstStartWorkspace setup(backend);
    Workspace &workspace = *setup.workspace;
    test::MockClock clock;
    TemplateService service(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    const ReplyTemplate apology = *service.findByShortcode(rep, u"apology"_s);
    CHECK(apology.usageCount == 0);
    CHECK_FALSE(apology.lastUsedAt.has_value());

    service.recordUse(rep, apology.id);
    clock.advance(60'000);
    service.recordUse(rep, apology.id);
    ReplyTemplate used = *service.find(rep, apology.id);
    CHECK(used.usageCount == 2);
    CHECK(used.lastUsedAt == clock.now());

    clock.advance(60'000);
    service.sendReply(rep, { 1, apology.id, std::nullopt, u"Sorry"_s, u"We are sorry."_s });
    used = *service.find(rep, apology.id);
    CHECK(used.usageCount == 3);
    CHECK(used.lastUsedAt == clock.now());
    CHECK(auditCount(workspace, u"template.use"_s) == 3);
    CHECK_FALSE(AuditLog(workspace).verify().firstBrokenId.has_value());
}

TEST_CASE(
    "a referral request sent from a template is on the timeline, and the referral it earns links back", "[templates]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(str(test::backendName(backend)));
    FirstStartWorkspace setup(backend);
    Workspace &workspace = *setup.workspace;
    test::MockClock clock;
    TemplateService service(workspace, clock);
    TimelineService timeline(workspace, clock);
    const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    const ReplyTemplate support = *service.findByShortcode(rep, u"ref-support"_s);
    const ReplyTemplate score = *service.findByShortcode(rep, u"ref-score"_s);
    const ReplyTemplate apology = *service.findByShortcode(rep, u"apology"_s);
    constexpr Id customer = 2;

    clock.advance(3'600'000);
    const ReplyRendering rendering = service.render(rep, support.id, customer);
    REQUIRE(rendering.isComplete());
    const Id firstRequest
        = service.sendReply(rep, { customer, support.id, {}, rendering.subject.text, rendering.body.text });
    const Interaction logged = timeline.page(customer, std::nullopt, 1).interactions.front();
    CHECK(logged.id == firstRequest);
    CHECK(logged.kind == InteractionKind::Referral);
    CHECK(logged.direction == Direction::Outbound);
    CHECK(logged.channel == Channel::Email);
    CHECK(logged.agentId == rep.agentId);
    CHECK(timeline.interaction(firstRequest)->body == rendering.body.text);

    clock.advance(3'600'000);
    const Id secondRequest
        = service.sendReply(rep, { customer, score.id, {}, u"Thanks"_s, u"Would you recommend us?"_s });
    clock.advance(3'600'000);
    const Id plainReply = service.sendReply(rep, { customer, apology.id, Channel::Phone, {}, u"Sorry again."_s });
    CHECK(timeline.interaction(plainReply)->kind == InteractionKind::Message);
    CHECK(timeline.interaction(plainReply)->channel == Channel::Phone);

    clock.advance(86'400'000);
    const ReferralReceipt receipt
        = service.recordReferralReceived(rep, customer, u"Recommended us to her neighbour Tom."_s);
    CHECK(receipt.requestInteractionId == secondRequest);
    CHECK(receipt.templateId == score.id);
    const Interaction received = *timeline.interaction(receipt.interactionId);
    CHECK(received.kind == InteractionKind::Referral);
    CHECK(received.direction == Direction::Inbound);
    CHECK(Query::scalar(workspace.database(), u"SELECT referral_request_id FROM interactions WHERE id = ?"_s,
              { receipt.interactionId })
              .toLongLong()
        == secondRequest);

    // A customer who was never asked: the referral is logged without a link.
    Customer stranger;
    stranger.firstName = u"Never"_s;
    stranger.lastName = u"Asked"_s;
    const Id strangerId = CustomerRepository(workspace).insert(stranger);
    const ReferralReceipt unasked = service.recordReferralReceived(lead, strangerId, u"Walked in."_s);
    CHECK_FALSE(unasked.requestInteractionId.has_value());
    CHECK_FALSE(unasked.templateId.has_value());

    CHECK_THROWS_AS(service.referralCounts(rep), PermissionDenied);
    const QList<TemplateReferralCount> counts = service.referralCounts(lead);
    CHECK(counts.size() == 8);
    for (const TemplateReferralCount &count : counts) {
        INFO(str(count.shortcode));
        if (count.templateId == support.id) {
            CHECK(count.requestsSent == 1);
            CHECK(count.referralsReceived == 0);
        } else if (count.templateId == score.id) {
            CHECK(count.requestsSent == 1);
            CHECK(count.referralsReceived == 1);
        } else {
            CHECK(count.requestsSent == 0);
            CHECK(count.referralsReceived == 0);
        }
    }
    CHECK(auditCount(workspace, u"interaction.log"_s) == 5);
    CHECK_FALSE(AuditLog(workspace).verify().firstBrokenId.has_value());
}

TEST_CASE("a library file with any problem is refused whole, naming the entry and the reason", "[templates]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(str(test::backendName(backend)));
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    test::MockClock clock;
    TemplateService service(workspace, clock);
    const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    service.create(lead, sharedTemplate(u"Team check-in"_s, u"checkin"_s));
    const qint64 rowsBefore = templateRows(workspace);
    const qint64 auditBefore = auditCount(workspace);
    const QJsonObject good = entry(u"Refund done"_s, u"refund"_s, u"email"_s, u"Hi {{customer.first_name}}"_s);

    std::string message;
    SECTION("broken JSON")
    {
        message = serviceErrorOf(
            [&] { service.importLibrary(lead, "{\"format\": \"tandem-templates\", ", TemplateScope::Shared); });
        CHECK_THAT(message, ContainsSubstring("not valid JSON"));
    }
    SECTION("another format")
    {
        message = serviceErrorOf(
            [&] { service.importLibrary(lead, library({ good }, u"something-else"_s), TemplateScope::Shared); });
        CHECK_THAT(message, ContainsSubstring("“something-else”"));
    }
    SECTION("an unknown channel")
    {
        message = serviceErrorOf([&] {
            service.importLibrary(
                lead, library({ good, entry(u"By fax"_s, u"fax"_s, u"fax"_s, u"Hello"_s) }), TemplateScope::Shared);
        });
        CHECK_THAT(message, ContainsSubstring("Entry 2 (“By fax”): unknown channel “fax”"));
    }
    SECTION("a body that does not parse")
    {
        message = serviceErrorOf([&] {
            service.importLibrary(lead,
                library({ good, good, entry(u"Typo"_s, u"typo"_s, u"chat"_s, u"Hi {{customer.nme}}"_s) }),
                TemplateScope::Shared);
        });
        CHECK_THAT(message, ContainsSubstring("Entry 3 (“Typo”): The text has an error at line 1, column 6"));
        // The first two entries clash with each other as well.
        CHECK_THAT(message,
            ContainsSubstring("Entry 2 (“Refund done”): the shortcode “refund” is also used by "
                              "Entry 1 (“Refund done”)"));
    }
    SECTION("a shortcode the workspace already has")
    {
        message = serviceErrorOf([&] {
            service.importLibrary(lead, library({ good, entry(u"Check-in"_s, u"checkin"_s, u"email"_s, u"Hello"_s) }),
                TemplateScope::Shared);
        });
        CHECK_THAT(message, ContainsSubstring("Entry 2 (“Check-in”): The shortcode “checkin” is already used"));
    }
    SECTION("an entry without a body")
    {
        QJsonObject noBody = good;
        noBody.remove(u"body"_s);
        message = serviceErrorOf([&] { service.importLibrary(lead, library({ noBody }), TemplateScope::Shared); });
        CHECK_THAT(message, ContainsSubstring("Entry 1 (“Refund done”): the field “body” is missing"));
    }
    SECTION("a rep importing into the shared library")
    {
        CHECK_THROWS_AS(service.importLibrary(rep, library({ good }), TemplateScope::Shared), PermissionDenied);
        message = "refused";
    }
    CHECK_FALSE(message.empty());
    CHECK(templateRows(workspace) == rowsBefore);
    CHECK(auditCount(workspace) == auditBefore);

    // The same good entry is fine on its own, for a rep as a personal template.
    CHECK(service.importLibrary(rep, library({ good }), TemplateScope::Personal) == 1);
    CHECK(service.findByShortcode(rep, u"refund"_s)->ownerId == rep.agentId);
    CHECK(auditCount(workspace, u"template.import"_s) == 1);
}

TEST_CASE("an exported library imports into another workspace as it was", "[templates]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(str(test::backendName(backend)));
    FirstStartWorkspace setup(backend);
    test::MockClock clock;
    TemplateService source(*setup.workspace, clock);
    const Actor sourceLead = AccountService(*setup.workspace).signInWithoutPassword(u"lead"_s);
    ReplyTemplate own = personalTemplate(sourceLead, u"Ünïcode “quotes” \\{{literal}}"_s, u"mine"_s);
    own.channel.reset();
    own.referralRequest = true;
    source.create(sourceLead, own);
    const QByteArray exported = source.exportLibrary(sourceLead);
    CHECK(QJsonDocument::fromJson(exported).object().value(u"format"_s).toString() == u"tandem-templates"_s);

    test::TempWorkspace temp(backend);
    Workspace &target = temp.openWithDemo(3, 10, 2);
    TemplateService destination(target, clock);
    const Actor targetLead = AccountService(target).signInWithoutPassword(u"lead"_s);
    REQUIRE(destination.templates(targetLead).isEmpty());
    CHECK(destination.importLibrary(targetLead, exported, TemplateScope::Shared) == 25);

    const QList<ReplyTemplate> before = source.templates(sourceLead);
    const QList<ReplyTemplate> after = destination.templates(targetLead);
    REQUIRE(before.size() == after.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        INFO(str(before.at(i).shortcode));
        CHECK(str(after.at(i).name) == str(before.at(i).name));
        CHECK(after.at(i).category == before.at(i).category);
        CHECK(after.at(i).shortcode == before.at(i).shortcode);
        CHECK(after.at(i).channel == before.at(i).channel);
        CHECK(after.at(i).subject == before.at(i).subject);
        CHECK(after.at(i).body == before.at(i).body);
        CHECK(after.at(i).referralRequest == before.at(i).referralRequest);
    }
    CHECK(destination.exportLibrary(targetLead) == exported);

    // The shipped library is itself a valid import.
    test::TempWorkspace another(backend);
    Workspace &third = another.openWithDemo(3, 10, 4);
    ensureEmbeddedResources();
    QFile shipped(u":/tandem/templates/default-library.json"_s);
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    TemplateService thirdService(third, clock);
    CHECK(thirdService.importLibrary(
              AccountService(third).signInWithoutPassword(u"lead"_s), shipped.readAll(), TemplateScope::Shared)
        == 24);
}

TEST_CASE(
    "a template over the size limits is refused on import, naming the field and the limit", "[templates][reliability]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(str(test::backendName(backend)));
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    test::MockClock clock;
    TemplateService service(workspace, clock);
    const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
    const qint64 rowsBefore = templateRows(workspace);

    // What a hostile tester imported: an 800 KB subject froze the editor for 91 s.
    QJsonObject hugeSubject = entry(u"Huge subject"_s, u"huge"_s, u"email"_s, u"Hello"_s);
    hugeSubject.insert(u"subject"_s, QString(800 * 1024, u'x'));
    const QJsonObject hugeBody
        = entry(u"Huge body"_s, u"hugebody"_s, u"email"_s, QString(TemplateService::longestBody + 1, u'y'));
    const std::string message = serviceErrorOf(
        [&] { service.importLibrary(lead, library({ hugeSubject, hugeBody }), TemplateScope::Shared); });
    CHECK_THAT(message, ContainsSubstring("nothing was changed"));
    CHECK_THAT(message,
        ContainsSubstring("Entry 1 (“Huge subject”): The subject is too long: 819200 characters, 998 at most"));
    CHECK_THAT(
        message, ContainsSubstring("Entry 2 (“Huge body”): The text is too long: 100001 characters, 100000 at most"));
    CHECK(templateRows(workspace) == rowsBefore);

    // Right at the limits is fine.
    QJsonObject longest = entry(u"Longest"_s, u"longest"_s, u"email"_s, QString(TemplateService::longestBody, u'z'));
    longest.insert(u"subject"_s, QString(TemplateService::longestSubject, u's'));
    CHECK(service.importLibrary(lead, library({ longest }), TemplateScope::Shared) == 1);
}
