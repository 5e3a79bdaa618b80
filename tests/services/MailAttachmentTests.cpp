// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EscalationSamples.h"
#include "MailFixture.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/EscalationService.h"
#include "services/MessageContentService.h"
#include "services/ServiceError.h"
#include "services/mail/MailImportService.h"
#include "storage/Query.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// A desk that imports the fixture mails one by one and reads back what they carried.
struct AttachmentDesk
{
    explicit AttachmentDesk(Backend backend)
        : temp(backend),
          workspace(temp.openWithDemo(3, 20, 5)),
          conversations(workspace, clock),
          escalations(workspace, clock),
          content(workspace, clock),
          importer(conversations)
    {
        AccountService accounts(workspace);
        rep = accounts.signInWithoutPassword(u"rep"_s);
        specialist = accounts.signInWithoutPassword(u"specialist"_s);
        lead = accounts.signInWithoutPassword(u"lead"_s);
    }

    // The interaction the fixture became.
    Id import(const QString &fixture)
    {
        const QString path = dir.filePath(fixture);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(test::mailFixture(fixture));
        file.close();
        const MailImportSummary summary = importer.importPath(path);
        REQUIRE(summary.refused.isEmpty());
        REQUIRE(summary.imported == 1);
        return Query::scalar(workspace.database(), u"SELECT max(interaction_id) FROM channel_messages"_s).toLongLong();
    }
    qint64 count(const QString &statement) const { return Query::scalar(workspace.database(), statement).toLongLong(); }
    Id conversationOf(Id interactionId) const
    {
        return Query::scalar(
            workspace.database(), u"SELECT conversation_id FROM interactions WHERE id = ?"_s, { interactionId })
            .toLongLong();
    }

    test::MockClock clock;
    test::TempWorkspace temp;
    Workspace &workspace;
    ConversationService conversations;
    EscalationService escalations;
    MessageContentService content;
    MailImportService importer;
    QTemporaryDir dir;
    Actor rep, specialist, lead;
};

MessageAttachment named(const QList<MessageAttachment> &attachments, const QString &name)
{
    for (const MessageAttachment &attachment : attachments) {
        if (attachment.fileName == name)
            return attachment;
    }
    FAIL("no attachment " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("A mail's HTML and files are kept with its message, each file's content once", "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    AttachmentDesk desk(backend);

    const Id first = desk.import(u"html-with-attachments.eml"_s);
    const Id second = desk.import(u"same-log-again.eml"_s);

    // The HTML is handed out sanitised only: no remote image, the lying link's real target beside it.
    CHECK(desk.content.withHtml({ first, second }) == QSet<Id> { first, second });
    const std::optional<SanitizedHtml> shown = desk.content.safeHtml(first);
    REQUIRE(shown);
    const SanitizedHtml html = shown.value_or(SanitizedHtml {});
    CHECK(html.blockedImages == 1);
    CHECK_FALSE(html.html.contains(u"https://newsletter.example"_s));
    CHECK(html.html.contains(u"[https://status.evil.example/]"_s));
    CHECK(html.html.contains(u"<b>stops every morning</b>"_s));

    const QHash<Id, QList<MessageAttachment>> files = desk.content.attachments({ first, second });
    REQUIRE(files.value(first).size() == 3);
    REQUIRE(files.value(second).size() == 1);
    const MessageAttachment log = named(files.value(first), u"spooler.log"_s);
    const MessageAttachment exe = named(files.value(first), u"PrinterFix.exe"_s);
    const MessageAttachment zip = named(files.value(first), u"more-logs.zip"_s);
    CHECK(AttachmentRules::kindOf(log.fileName, log.mimeType) == AttachmentKind::Text);
    CHECK(AttachmentRules::kindOf(exe.fileName, exe.mimeType) == AttachmentKind::Executable);
    CHECK(AttachmentRules::kindOf(zip.fileName, zip.mimeType) == AttachmentKind::Archive);
    CHECK(log.conversationId == desk.conversationOf(first));

    // The same log in two mails: two listings, one stored content.
    const MessageAttachment again = files.value(second).constFirst();
    CHECK(again.sha256 == log.sha256);
    CHECK(again.id != log.id);
    CHECK(desk.count(u"SELECT count(*) FROM attachment_contents"_s) == 3);
    CHECK(desk.content.text(log.id).contains(u"ERROR spooler: paper jam in tray 2"_s));
    CHECK(desk.content.content(exe.id).startsWith("MZ"));
    // An executable is never handed out as text to show.
    CHECK_THROWS_AS((void)desk.content.text(exe.id), ServiceError);

    // Imported again: nothing new, not even a second listing.
    const MailImportSummary rerun = desk.importer.importPath(desk.dir.filePath(u"html-with-attachments.eml"_s));
    CHECK(rerun.duplicates == 1);
    CHECK(desk.count(u"SELECT count(*) FROM message_attachments"_s) == 4);
}

TEST_CASE("A file above the limit is refused with a reason; its mail is imported all the same", "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    AttachmentDesk desk(backend);
    desk.importer.setAttachmentLimit(100 * 1024);

    const Id message = desk.import(u"oversize-attachment.eml"_s);
    const QList<MessageAttachment> files = desk.content.attachments({ message }).value(message);
    REQUIRE(files.size() == 1);
    const MessageAttachment &dump = files.constFirst();
    CHECK(dump.fileName == u"memory.dmp"_s);
    CHECK(dump.size == 150 * 1024);
    CHECK_FALSE(dump.isStored());
    // Stored as facts (the limit it was over), the sentence made in the reader's language on display.
    CHECK(dump.refusedAbove == 100 * 1024);
    CHECK(desk.count(u"SELECT refused_above FROM message_attachments"_s) == 100 * 1024);
    CHECK(dump.refusal().startsWith(u"Not kept: the file is"_s));
    CHECK(dump.refusal().contains(QLocale().formattedDataSize(100 * 1024)));
    CHECK(desk.count(u"SELECT count(*) FROM attachment_contents"_s) == 0);
    CHECK_THROWS_AS((void)desk.content.content(dump.id), ServiceError);
    CHECK(desk.count(u"SELECT count(*) FROM interactions WHERE id = "_s + QString::number(message)) == 1);
}

TEST_CASE("A file is attached to its conversation's escalation by those who work on it", "[mail][escalation]")
{
    AttachmentDesk desk(Backend::Sqlite);
    const Id message = desk.import(u"html-with-attachments.eml"_s);
    const Id conversationId = desk.conversationOf(message);
    const MessageAttachment log = named(desk.content.attachments({ message }).value(message), u"spooler.log"_s);
    const Id customerId = desk.conversations.conversation(desk.lead, conversationId)
                              .value_or(ConversationRow {})
                              .conversation.customerId;
    HandoffForm form = test::sampleHandoff(customerId, Severity::S2, u"Printer stops"_s);
    form.conversationId = conversationId;
    const Id escalationId = desk.escalations.escalate(desk.rep, form);
    // An escalation of another conversation is refused.
    HandoffForm elsewhere = test::sampleHandoff(customerId, Severity::S3, u"Something else"_s);
    const Id otherEscalation = desk.escalations.escalate(desk.rep, elsewhere);

    // A specialist who has not claimed it may not; the rep who escalated may.
    CHECK(desk.content.attachRefusal(desk.specialist, log, escalationId).has_value());
    CHECK_THROWS_AS(desk.content.attachToEscalation(desk.specialist, log.id, escalationId), PermissionDenied);
    CHECK_FALSE(desk.content.attachRefusal(desk.rep, log, escalationId).has_value());
    desk.content.attachToEscalation(desk.rep, log.id, escalationId);
    desk.content.attachToEscalation(desk.rep, log.id, escalationId); // twice is once
    const QList<MessageAttachment> linked = desk.content.escalationAttachments(escalationId);
    REQUIRE(linked.size() == 1);
    CHECK(linked.constFirst().id == log.id);
    CHECK(desk.count(u"SELECT count(*) FROM audit_log WHERE action = 'escalation.attach_message_file'"_s) == 1);

    CHECK_THROWS_AS(desk.content.attachToEscalation(desk.rep, log.id, otherEscalation), ServiceError);
    CHECK(desk.content.escalationAttachments(otherEscalation).isEmpty());

    // Once the specialist claims it, they may.
    desk.escalations.transition(desk.specialist, escalationId, EscalationAction::Claim, QString(),
        desk.escalations.escalation(escalationId).value_or(EscalationListItem {}).escalation.version);
    const MessageAttachment exe = named(desk.content.attachments({ message }).value(message), u"PrinterFix.exe"_s);
    CHECK_FALSE(desk.content.attachRefusal(desk.specialist, exe, escalationId).has_value());
    desk.content.attachToEscalation(desk.specialist, exe.id, escalationId);
    CHECK(desk.content.escalationAttachments(escalationId).size() == 2);
}
