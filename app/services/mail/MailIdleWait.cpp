// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/MailIdleWait.h"

#include <QTimer>

#include <KIMAP/IdleJob>
#include <KIMAP/SelectJob>
#include <KIMAP/Session>

using namespace Qt::StringLiterals;

namespace tandem {

qint64 nextUidOf(ImapConnection &connection, const QString &folder)
{
    auto *select = new KIMAP::SelectJob(connection.session());
    select->setMailBox(folder);
    return select->exec() ? select->nextUid() : 0;
}

MailProblem waitForInboxChange(const MailAccount &account, const QString &password, int fallbackSeconds,
    bool *announced, const std::function<bool()> &giveUp, qint64 fetchedUpTo)
{
    if (announced)
        *announced = false;
    ImapConnection connection(account, password);
    MailProblem problem = connection.open();
    if (!problem.ok())
        return problem;
    problem = connection.select(u"INBOX"_s);
    if (!problem.ok())
        return problem;
    if (fetchedUpTo >= 0 && nextUidOf(connection, u"INBOX"_s) > fetchedUpTo + 1) {
        if (announced)
            *announced = true;
        return {};
    }
    auto *idle = new KIMAP::IdleJob(connection.session());
    // Any news ends the wait: new mail is what matters, and a pass that finds nothing new costs one FETCH.
    QObject::connect(idle, &KIMAP::IdleJob::mailBoxStats, idle, [idle, announced] {
        if (announced)
            *announced = true;
        idle->stop();
    });
    QTimer fallback;
    fallback.setSingleShot(true);
    QObject::connect(&fallback, &QTimer::timeout, idle, &KIMAP::IdleJob::stop);
    fallback.start(fallbackSeconds * 1000);
    QTimer askGiveUp;
    if (giveUp) {
        QObject::connect(&askGiveUp, &QTimer::timeout, idle, [idle, &giveUp] {
            if (giveUp())
                idle->stop();
        });
        askGiveUp.start(200);
    }
    // The job ends when the server confirms DONE, or when the connection drops: both mean "fetch now".
    idle->exec();
    return {};
}

} // namespace tandem
