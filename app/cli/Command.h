// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/Records.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>

namespace tandem {
class WorkspaceSession;
}

namespace tandem::cli {

// One tandemctl command. The base reads the options, answers --help, reports mistakes and errors on stderr
// with tandemctl's exit codes and opens the workspace, so that a command says only what it does.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::Command)

public:
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    // `arguments` as the program got them, minus the command's name. Returns the exit code.
    int run(const QStringList &arguments);

protected:
    explicit Command(const QString &description);

    void addOptions(const QList<QCommandLineOption> &options);
    // The command's first word says what to do and must be one of `actions`; `missing` says so otherwise.
    void takeAction(const QString &help, const QStringList &actions, const QString &missing);
    // These actions only read: the workspace is opened read-only for them, so they never create, migrate
    // or write it.
    void onlyReadFor(const QStringList &actions);
    // Options the command cannot do without; `missing` says so when one is not given.
    void requireOptions(const QStringList &names, const QString &missing);

    // The work, once the options are read. An Error it throws becomes a message and exit code Failure.
    virtual int execute() = 0;

    [[nodiscard]] const QCommandLineParser &options() const { return m_parser; }
    [[nodiscard]] bool isSet(const QString &option) const { return m_parser.isSet(option); }
    [[nodiscard]] QString value(const QString &option) const { return m_parser.value(option); }
    // The first word, one of the actions given to takeAction().
    [[nodiscard]] QString action() const;

    // The workspace --workspace names, opened on first use (read-only for onlyReadFor()'s actions); it must
    // already exist.
    WorkspaceSession &workspace();

    // A whole number in [minimum, maximum] from `text`; nothing when it is not one.
    [[nodiscard]] static std::optional<qint64> wholeNumber(const QString &text,
        qint64 minimum = std::numeric_limits<qint64>::min(), qint64 maximum = std::numeric_limits<qint64>::max());
    // The option's value as a whole number in [minimum, maximum], or nothing after saying what it takes.
    [[nodiscard]] std::optional<qint64> numberOption(const QString &option, qint64 minimum, qint64 maximum) const;
    // The same for a number from 1 up: an id, a version.
    [[nodiscard]] std::optional<qint64> positiveNumberOption(
        const QString &option, qint64 maximum = std::numeric_limits<qint64>::max()) const;
    // Midnight UTC of the option's YYYY-MM-DD date, or nothing after saying what it takes.
    [[nodiscard]] std::optional<Millis> dateOption(const QString &option) const;
    // Says that a paging option did not get what the previous page gave as "next".
    static void reportBadCursor(const QString &option);
    // The id of the workspace's agent with this login, or nothing after saying there is none.
    [[nodiscard]] std::optional<Id> agentWithLogin(const QString &login);

private:
    QCommandLineParser m_parser;
    QStringList m_actions;
    QString m_missingAction;
    QStringList m_readingActions;
    QStringList m_requiredOptions;
    QString m_missingOption;
    std::unique_ptr<WorkspaceSession> m_workspace;
};

} // namespace tandem::cli
