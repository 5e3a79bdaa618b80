#pragma once

#include <QObject>
#include <QTimer>

namespace tandem {

class Workspace;

// Tells listeners that the workspace changed: at once for this process's own writes, and within a
// fraction of a second for commits by other processes (SQLite: PRAGMA data_version on a timer).
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(Workspace &workspace);

    // Starts watching for other processes' commits (off by default: command-line tools need no timer).
    void startWatching(int intervalMs = 250);
    void stopWatching();
    // Called by services after they commit.
    void notifyLocalChange();
    // Looks for foreign commits now; returns true and emits changed() if there were any.
    bool poll();

signals:
    void changed();

private:
    Workspace &m_workspace;
    QTimer m_timer;
    qint64 m_lastDataVersion = -1;
};

} // namespace tandem
