#include "RunBrowserModel.h"
#include "QtText.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <set>

namespace tb::ui {

namespace {
bool sameRow(const ExperimentRow& a, const ExperimentRow& b) {
    return a.id == b.id && a.name == b.name && a.status == b.status && a.notes == b.notes &&
           a.tags == b.tags && a.bestLabel == b.bestLabel && a.bestValue == b.bestValue &&
           a.finishedAt == b.finishedAt && a.checkpointsDone == b.checkpointsDone && a.message == b.message;
}

QString localTime(const std::string& iso) {
    if (iso.empty()) return {};
    QDateTime t = QDateTime::fromString(qs(iso), Qt::ISODate);
    if (!t.isValid()) return qs(iso);
    if (t.timeSpec() == Qt::LocalTime) t.setTimeSpec(Qt::UTC);
    return QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

QString statusText(RunStatus status) {
    switch (status) {
    case RunStatus::Running:
        return RunBrowserModel::tr("Running");
    case RunStatus::Finished:
        return RunBrowserModel::tr("Finished");
    case RunStatus::Interrupted:
        return RunBrowserModel::tr("Interrupted");
    case RunStatus::Failed:
        return RunBrowserModel::tr("Failed");
    }
    return {};
}

QColor statusColor(RunStatus status) {
    switch (status) {
    case RunStatus::Running:
        return QColor(0x00, 0x72, 0xB2);
    case RunStatus::Finished:
        return QColor(0x00, 0x7a, 0x58);
    case RunStatus::Interrupted:
        return QColor(0xb3, 0x6b, 0x00);
    case RunStatus::Failed:
        return QColor(0xb0, 0x3a, 0x00);
    }
    return QColor(0x55, 0x55, 0x55);
}

RunBrowserModel::RunBrowserModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunBrowserModel::setStore(std::shared_ptr<RunStore> store) {
    beginResetModel();
    m_store = std::move(store);
    m_rows.clear();
    endResetModel();
    reload();
}

void RunBrowserModel::reload() {
    if (!m_store) return;
    std::vector<ExperimentRow> rows;
    try {
        rows = m_store->listExperiments();
        m_error.clear();
    } catch (const std::exception& e) {
        m_error = QString::fromUtf8(e.what());
        emit storeError(m_error);
        return;
    }
    // Same ids in the same order: update changed rows in place (keeps selection and editors).
    bool sameIds = rows.size() == m_rows.size();
    for (std::size_t i = 0; sameIds && i < rows.size(); ++i) sameIds = rows[i].id == m_rows[i].id;
    if (sameIds) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (!sameRow(rows[i], m_rows[i])) {
                m_rows[i] = rows[i];
                emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RunBrowserModel::rowOf(std::int64_t id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id) return int(i);
    return -1;
}

int RunBrowserModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int RunBrowserModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Created:
        return tr("Started");
    case Status:
        return tr("Status");
    case Best:
        return tr("Best");
    case BestValue:
        return tr("Final value");
    case Replicates:
        return tr("Replicates");
    case Tags:
        return tr("Tags");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags RunBrowserModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Name || index.column() == Tags || index.column() == Notes) f |= Qt::ItemIsEditable;
    return f;
}

QVariant RunBrowserModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size())) return {};
    const ExperimentRow& r = m_rows[std::size_t(index.row())];
    if (role == IdRole) return QVariant::fromValue(qint64(r.id));
    const RunStatus status = r.status;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Id:
            return sort ? QVariant(qint64(r.id)) : QVariant(QString::number(r.id));
        case Name:
            return qs(r.name);
        case Kind:
            return qs(r.kind);
        case Created:
            return sort ? QVariant(qs(r.createdAt)) : QVariant(localTime(r.createdAt));
        case Status:
            if (sort) return QString::fromLatin1(toString(status));
            if (r.status == RunStatus::Running && r.checkpointsTotal > 0)
                return tr("%1 %2%").arg(statusText(status)).arg(100 * r.checkpointsDone / r.checkpointsTotal);
            return statusText(status);
        case Best:
            return qs(r.bestLabel);
        case BestValue:
            if (r.bestLabel.empty()) return sort ? QVariant(qQNaN()) : QVariant(QString());
            return sort ? QVariant(r.bestValue) : QVariant(QLocale().toString(r.bestValue, 'g', 5));
        case Replicates:
            return sort ? QVariant(r.replicates) : QVariant(QLocale().toString(r.replicates));
        case Tags: {
            QStringList t;
            for (const auto& s : r.tags) t << qs(s);
            return t.join(QStringLiteral(", "));
        }
        case Notes:
            return qs(r.notes);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) return statusColor(status);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && !r.message.empty()) return qs(r.message);
        if (index.column() == BestValue && !r.headlineMetric.empty())
            return tr("Final mean of %1 of the best run").arg(qs(r.headlineMetric));
        if (index.column() == Tags) return tr("Comma-separated tags (double-click to edit)");
        if (index.column() == Notes) return r.notes.empty() ? tr("Double-click to add notes") : qs(r.notes);
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Id || index.column() == BestValue || index.column() == Replicates))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool RunBrowserModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_store || role != Qt::EditRole || !index.isValid()) return false;
    ExperimentRow& r = m_rows[std::size_t(index.row())];
    try {
        switch (index.column()) {
        case Name: {
            const std::string name = value.toString().trimmed().toStdString();
            if (name.empty() || name == r.name) return false;
            m_store->setName(r.id, name);
            r.name = name;
            break;
        }
        case Notes: {
            const std::string notes = value.toString().toStdString();
            if (notes == r.notes) return false;
            m_store->setNotes(r.id, notes);
            r.notes = notes;
            break;
        }
        case Tags: {
            std::set<std::string> want;
            for (const QString& t : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!t.trimmed().isEmpty()) want.insert(t.trimmed().toStdString());
            const std::set<std::string> have(r.tags.begin(), r.tags.end());
            for (const auto& t : have)
                if (!want.count(t)) m_store->removeTag(r.id, t);
            for (const auto& t : want)
                if (!have.count(t)) m_store->addTag(r.id, t);
            r.tags.assign(want.begin(), want.end());
            break;
        }
        default:
            return false;
        }
    } catch (const std::exception& e) {
        m_error = QString::fromUtf8(e.what());
        emit storeError(m_error);
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

} // namespace tb::ui
