#include "TimelineModel.h"

#include "ModelRoles.h"
#include "services/TimelineService.h"
#include "storage/StorageError.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// The first few lines of a body, for the list; the details panel shows the rest.
QString previewOf(const QString &body)
{
    constexpr int maxLines = 3;
    constexpr int maxChars = 300;
    QString preview;
    int lines = 0;
    for (const QChar ch : QStringView(body).left(maxChars)) {
        if (ch == u'\n' && ++lines == maxLines)
            break;
        preview.append(ch == u'\0' ? QChar::ReplacementCharacter : ch);
    }
    return preview.trimmed();
}

} // namespace

TimelineModel::TimelineModel(TimelineService &service, Actor actor, QObject *parent)
    : QAbstractListModel(parent), m_service(service), m_actor(std::move(actor))
{
}

InteractionPage TimelineModel::loadPage(const std::optional<TimelineCursor> &after)
{
    try {
        return m_service.page(m_actor, m_customerId, after, pageSize);
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return {};
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interactions.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction &interaction = m_interactions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TimelineRoles::Subject:
        return interaction.subject.isEmpty() ? displayName(interaction.kind) : interaction.subject;
    case Qt::ToolTipRole:
    case TimelineRoles::Summary:
        return QString(displayName(interaction.kind) + u" · "_s + displayName(interaction.channel) + u" · "_s +
                       displayName(interaction.direction));
    case TimelineRoles::Id:
        return interaction.id;
    case TimelineRoles::Kind:
        return int(interaction.kind);
    case TimelineRoles::Channel:
        return int(interaction.channel);
    case TimelineRoles::Direction:
        return int(interaction.direction);
    case TimelineRoles::OccurredAt:
        return QDateTime::fromMSecsSinceEpoch(interaction.occurredAt).toLocalTime();
    case TimelineRoles::AgentName:
        return interaction.agentName;
    case TimelineRoles::Preview:
        return previewOf(interaction.body);
    case TimelineRoles::BodyFormat:
        return int(interaction.bodyFormat);
    default:
        return {};
    }
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_changing;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_next || m_changing)
        return;
    const InteractionPage page = loadPage(m_next);
    m_next = page.next;
    if (page.interactions.isEmpty())
        return;
    const int first = int(m_interactions.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page.interactions.size()) - 1);
    m_interactions.append(page.interactions);
    endInsertRows();
    m_changing = false;
}

void TimelineModel::setCustomer(Id customerId)
{
    m_changing = true;
    beginResetModel();
    m_customerId = customerId;
    m_interactions.clear();
    m_next.reset();
    if (customerId != 0) {
        const InteractionPage first = loadPage(std::nullopt);
        m_interactions = first.interactions;
        m_next = first.next;
    }
    endResetModel();
    m_changing = false;
}

Id TimelineModel::interactionIdAt(int row) const
{
    return row >= 0 && row < m_interactions.size() ? m_interactions.at(row).id : 0;
}

} // namespace tandem
