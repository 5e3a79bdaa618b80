#pragma once

#include "services/Actor.h"
#include "storage/InteractionRepository.h"

#include <QAbstractListModel>

namespace tandem {

class TimelineService;

// One customer's timeline, newest first, fetched a page at a time (keyset paging).
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 100;

    TimelineModel(TimelineService &service, Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows another customer's timeline (0: none).
    void setCustomer(Id customerId);
    [[nodiscard]] Id customerId() const { return m_customerId; }
    [[nodiscard]] Id interactionIdAt(int row) const;

signals:
    void loadFailed(const QString &message);

private:
    InteractionPage loadPage(const std::optional<TimelineCursor> &after);

    TimelineService &m_service;
    Actor m_actor;
    Id m_customerId = 0;
    QList<Interaction> m_interactions;
    std::optional<TimelineCursor> m_next;
    // Views and testers call fetchMore() from inside our own change signals; such calls wait for the next one.
    bool m_changing = false;
};

} // namespace tandem
