// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EscalationSamples.h"
#include "MockClock.h"
#include "RepDesk.h"
#include "TempWorkspace.h"
#include "escalation/HandoffCard.h"
#include "escalation/SpecialistQueueWidget.h"
#include "inbox/ConversationPane.h"
#include "inbox/SafeTextBrowser.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/DraftStore.h"
#include "services/EscalationService.h"
#include "services/MessageContentService.h"
#include "services/mail/MailParser.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// The fixture mail with HTML (a remote pixel, a lying link) and a log, an installer and an archive; the archive
// above a tiny limit, so it is refused.
ChannelMessage htmlMailWithFiles()
{
    QFile file(QStringLiteral(TANDEM_SOURCE_DIR "/tests/data/mail/html-with-attachments.eml"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    MailParseResult parsed = MailParser::parse(file.readAll());
    REQUIRE(parsed.mail);
    const ParsedMail mail = parsed.mail.value_or(ParsedMail {});
    ChannelMessage message = mail.message;
    message.html = mail.html;
    message.attachments = mail.attachments;
    REQUIRE(message.attachments.size() == 3);
    AttachmentRules::admit(message.attachments[2], 4);
    return message;
}

} // namespace

TEST_CASE("The thread shows an HTML mail formatted, loading nothing, with its files listed", "[mail][ui]")
{
    test::RepDesk desk(4, 20, 3);
    ConversationService service(desk.workspace, desk.clock);
    MessageContentService content(desk.workspace, desk.clock);
    const DraftStore &drafts = desk.drafts;
    const Actor &rep = desk.rep;
    const test::TempWorkspace &temp = desk.temp;
    const InboundReceipt receipt = service.recordInbound(htmlMailWithFiles());

    ConversationPane pane(service, drafts, temp.path(), rep);
    pane.setMessageContentService(&content);
    pane.resize(900, 700);
    pane.show();
    pane.setConversation(receipt.conversationId);
    auto *browser = qobject_cast<SafeTextBrowser *>(pane.thread());
    REQUIRE(browser);

    const QString shown = browser->toPlainText();
    CHECK(shown.contains(u"stops every morning"_s));
    CHECK(shown.contains(u"[image from newsletter.example not loaded]"_s));
    CHECK(shown.contains(u"[https://status.evil.example/]"_s));
    CHECK(shown.contains(u"Show plain text"_s));
    // The formatting is kept: the bold words are bold.
    CHECK(browser->toHtml().contains(u"font-weight:700"_s));
    // The files, each with its size and type; executables and archives marked; the refused one with why.
    CHECK(shown.contains(u"3 file"_s));
    for (const QString &name : { u"spooler.log"_s, u"PrinterFix.exe"_s, u"more-logs.zip"_s })
        CHECK(shown.contains(name));
    CHECK(shown.contains(u"[Executable: do not run]"_s));
    CHECK(shown.contains(u"[Archive: may hide executables]"_s));
    CHECK(shown.contains(u"Not kept: the file is"_s));
    CHECK(shown.contains(u"View"_s));
    // Nothing was asked for, so nothing remote (or local) was loaded.
    CHECK(browser->refusedResources().isEmpty());
    // And were the document to ask, the browser gives nothing.
    CHECK_FALSE(browser->loadResource(QTextDocument::ImageResource, QUrl(u"https://track.example/p.gif"_s)).isValid());
    CHECK_FALSE(browser->loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/passwd"_s)).isValid());

    // One click away: the plain text, and back.
    emit browser->anchorClicked(ConversationPane::plainTextLink(receipt.interactionId));
    CHECK(browser->toPlainText().contains(u"Hello support, the printer stops every morning. The log is attached."_s));
    CHECK_FALSE(browser->toPlainText().contains(u"not loaded"_s));
    CHECK(browser->toPlainText().contains(u"Show formatted"_s));
    CHECK(browser->toPlainText().contains(u"spooler.log"_s));
    emit browser->anchorClicked(ConversationPane::plainTextLink(receipt.interactionId));
    CHECK(browser->toPlainText().contains(u"Show plain text"_s));
}

TEST_CASE("An escalation lists the files attached from the customer's mail: the log readable, the installer marked",
    "[mail][escalation][ui]")
{
    test::TempWorkspace temp;
    test::MockClock clock { test::TempWorkspace::demoAnchor };
    Workspace &workspace = temp.openWithDemo(4, 20, 3);
    ConversationService conversations(workspace, clock);
    EscalationService escalations(workspace, clock);
    MessageContentService content(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    const InboundReceipt receipt = conversations.recordInbound(htmlMailWithFiles());
    HandoffForm form = test::sampleHandoff(receipt.customerId, Severity::S2, u"Printer stops"_s);
    form.conversationId = receipt.conversationId;
    const Id escalationId = escalations.escalate(rep, form);
    for (const MessageAttachment &file : content.attachments({ receipt.interactionId }).value(receipt.interactionId)) {
        if (file.isStored())
            content.attachToEscalation(rep, file.id, escalationId);
    }

    SpecialistQueueWidget queue(escalations, rep);
    queue.card()->setMessageContentService(&content);
    queue.resize(1100, 700);
    queue.show();
    REQUIRE(queue.openOwnEscalation(escalationId));
    REQUIRE(queue.card()->escalationId() == escalationId);

    QStringList listed;
    for (const QLabel *label : queue.card()->findChildren<QLabel *>(u"handoffMailFileName"_s))
        listed.append(label->text());
    REQUIRE(listed.size() == 2); // the archive was too large to keep, so it could not be attached
    CHECK(listed.filter(u"spooler.log"_s).size() == 1);
    CHECK(listed.filter(u"PrinterFix.exe"_s).constFirst().contains(u"Executable: do not run"_s));
    // Only the log is read here; the installer can only be saved.
    const QList<QPushButton *> viewButtons = queue.card()->findChildren<QPushButton *>(u"viewMailFile"_s);
    REQUIRE(viewButtons.size() == 1);
    CHECK(viewButtons.constFirst()->accessibleName() == u"View spooler.log"_s);
    CHECK(queue.card()->findChildren<QPushButton *>(u"saveMailFile"_s).size() == 2);

    viewButtons.constFirst()->click();
    QDialog *viewer = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"fileViewer"_s && widget->isVisible())
            viewer = qobject_cast<QDialog *>(widget);
    }
    REQUIRE(viewer);
    const QPlainTextEdit *text = viewer->findChild<QPlainTextEdit *>();
    REQUIRE(text);
    CHECK(viewer->windowTitle().contains(u"spooler.log"_s));
    CHECK_FALSE(text->toPlainText().isEmpty());
    Id logId = 0;
    for (const MessageAttachment &file : content.escalationAttachments(escalationId)) {
        if (file.fileName == u"spooler.log"_s)
            logId = file.id;
    }
    CHECK(text->toPlainText() == content.text(logId));
    viewer->close();
}
