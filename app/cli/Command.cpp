// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/Command.h"

#include "cli/CommandLine.h"
#include "domain/Error.h"
#include "services/WorkspaceSession.h"
#include "services/WorkspaceSetup.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace tandem::cli {

Command::Command(const QString &description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

Command::~Command() = default;

void Command::addOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
}

void Command::takeAction(const QString &help, const QStringList &actions, const QString &missing)
{
    m_parser.addPositionalArgument(u"what"_s, help);
    m_actions = actions;
    m_missingAction = missing;
}

void Command::onlyReadFor(const QStringList &actions)
{
    m_readingActions = actions;
}

void Command::requireOptions(const QStringList &names, const QString &missing)
{
    m_requiredOptions = names;
    m_missingOption = missing;
}

int Command::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        printError(m_parser.errorText());
        return UsageError;
    }
    if (m_parser.isSet(u"help"_s)) {
        std::fputs(m_parser.helpText().toUtf8().constData(), stdout);
        return Success;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (!m_actions.isEmpty() && (positional.size() != 1 || !m_actions.contains(positional.constFirst()))) {
        printError(m_missingAction);
        return UsageError;
    }
    if (!std::ranges::all_of(m_requiredOptions, [this](const QString &name) { return m_parser.isSet(name); })) {
        printError(m_missingOption);
        return UsageError;
    }
    try {
        return execute();
    } catch (const Error &error) {
        printError(error.message());
        return Failure;
    }
}

QString Command::action() const
{
    return m_parser.positionalArguments().value(0);
}

WorkspaceSession &Command::workspace()
{
    if (!m_workspace) {
        m_workspace = WorkspaceSetup::openExistingSession(value(u"workspace"_s), SystemClock::instance(),
            m_readingActions.contains(action()) ? WorkspaceSetup::OpenMode::ReadOnly
                                                : WorkspaceSetup::OpenMode::Existing);
        if (!m_workspace->repairNote().isEmpty())
            printError(m_workspace->repairNote());
    }
    return *m_workspace;
}

std::optional<qint64> Command::wholeNumber(const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < minimum || number > maximum)
        return std::nullopt;
    return number;
}

std::optional<qint64> Command::numberOption(const QString &option, qint64 minimum, qint64 maximum) const
{
    const std::optional<qint64> number = wholeNumber(value(option), minimum, maximum);
    if (!number)
        printError(tr("--%1 takes a whole number from %2 to %3.").arg(option).arg(minimum).arg(maximum));
    return number;
}

std::optional<qint64> Command::positiveNumberOption(const QString &option, qint64 maximum) const
{
    const std::optional<qint64> number = wholeNumber(value(option), 1, maximum);
    if (!number)
        printError(tr("--%1 takes a positive whole number.").arg(option));
    return number;
}

std::optional<Millis> Command::dateOption(const QString &option) const
{
    const QDate date = QDate::fromString(value(option), Qt::ISODate);
    if (!date.isValid()) {
        printError(tr("--%1 takes a date like 2025-12-31.").arg(option));
        return std::nullopt;
    }
    return QDateTime(date, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
}

void Command::reportBadCursor(const QString &option)
{
    printError(tr("--%1 takes the \"next\" value of the previous page.").arg(option));
}

std::optional<Id> Command::agentWithLogin(const QString &login)
{
    const QList<Agent> agents = workspace().accounts().agents();
    const auto agent = std::ranges::find(agents, login, &Agent::login);
    if (agent == agents.end()) {
        printError(tr("There is no agent with the login \"%1\".").arg(login));
        return std::nullopt;
    }
    return agent->id;
}

} // namespace tandem::cli
