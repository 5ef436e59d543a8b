#include "RunBrowserModel.h"
#include "CompareView.h"
#include "QtText.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <map>
#include <set>

#include "run/Registry.h"

namespace tb::ui {

namespace {
bool sameRow(const ExperimentRow& a, const ExperimentRow& b) {
    return a.id == b.id && a.name == b.name && a.status == b.status && a.notes == b.notes &&
           a.tags == b.tags && a.bestLabel == b.bestLabel && a.bestValue == b.bestValue &&
           a.finishedAt == b.finishedAt && a.checkpointsDone == b.checkpointsDone && a.message == b.message &&
           a.bestFinals == b.bestFinals;
}

const QString kParams = QStringLiteral("params."), kFinal = QStringLiteral("final."),
              kTags = QStringLiteral("tags.");

/// The fixed columns' field names (RunFilter's), in Column order.
const char* const kFixedFields[] = {"id",   "name",  "kind",       "created", "status",
                                    "best", "value", "replicates", "tags",    "notes"};
static_assert(std::size(kFixedFields) == RunBrowserModel::FixedColumns);

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

QHash<QString, FilterValue> flattenParams(const Json& config) {
    QHash<QString, FilterValue> out;
    for (const auto& [path, text] : CompareView::flatten(config)) {
        if (text == "null") continue;
        bool number = false;
        const double v = qs(text).toDouble(&number);
        out.insert(kParams + qs(path), number ? FilterValue::ofNumber(v) : FilterValue::ofText(qs(text)));
    }
    return out;
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
    m_params.clear();
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
                emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
            }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    std::set<std::int64_t> ids;
    for (const auto& r : m_rows) ids.insert(r.id);
    std::erase_if(m_params, [&](const auto& p) { return !ids.count(p.first); });
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
    return parent.isValid() ? 0 : FixedColumns + int(m_extra.size());
}

void RunBrowserModel::setLiveRun(qint64 id, bool paused) {
    if (id == m_liveId && paused == m_livePaused) return;
    const int before = rowOf(m_liveId), after = rowOf(id);
    m_liveId = id;
    m_livePaused = paused;
    for (int row : {before, after})
        if (row >= 0) emit dataChanged(index(row, Status), index(row, Status));
}

bool RunBrowserModel::isLivePaused(const ExperimentRow& r) const {
    return m_livePaused && r.id == m_liveId && r.status == RunStatus::Running;
}

void RunBrowserModel::setExtraColumns(const QStringList& fields) {
    QStringList want;
    for (const QString& f : fields)
        if ((f.startsWith(kParams) || f.startsWith(kFinal) || f.startsWith(kTags)) && RunFilter::isField(f) &&
            !want.contains(f))
            want << f;
    // Remove what is no longer wanted, then append what is new: the other columns keep their widths.
    for (int i = int(m_extra.size()) - 1; i >= 0; --i)
        if (!want.contains(m_extra[i])) {
            beginRemoveColumns({}, FixedColumns + i, FixedColumns + i);
            m_extra.removeAt(i);
            endRemoveColumns();
        }
    for (const QString& f : want)
        if (!m_extra.contains(f)) {
            const int c = FixedColumns + int(m_extra.size());
            beginInsertColumns({}, c, c);
            m_extra << f;
            endInsertColumns();
        }
}

QString RunBrowserModel::columnField(int column) const {
    if (column >= 0 && column < FixedColumns) return QLatin1String(kFixedFields[column]);
    if (column >= FixedColumns && column < columnCount()) return m_extra[column - FixedColumns];
    return {};
}

const RunBrowserModel::Params& RunBrowserModel::paramsOf(std::int64_t id) const {
    auto it = m_params.find(id);
    if (it != m_params.end()) return it->second;
    Params p;
    if (m_store) {
        try {
            p = flattenParams(m_store->config(id));
        } catch (const std::exception&) {
            // Unreadable config: no params (the row still shows).
        }
    }
    return m_params.emplace(id, std::move(p)).first->second;
}

QStringList RunBrowserModel::availableParams() const {
    std::set<QString> keys;
    for (const auto& r : m_rows)
        for (auto it = paramsOf(r.id).cbegin(); it != paramsOf(r.id).cend(); ++it) keys.insert(it.key());
    return QStringList(keys.begin(), keys.end());
}

QStringList RunBrowserModel::availableFinals() const {
    std::set<QString> keys;
    for (const auto& r : m_rows)
        for (const auto& [metric, value] : r.bestFinals) keys.insert(kFinal + qs(metric));
    for (const tb::Kind* kind : kinds())
        for (const auto& m : kind->metrics())
            if (m.scope == MetricScope::Series) keys.insert(kFinal + qs(m.name));
    return QStringList(keys.begin(), keys.end());
}

FilterValue RunBrowserModel::fieldValue(int row, const QString& field) const {
    if (row < 0 || row >= int(m_rows.size())) return {};
    const ExperimentRow& r = m_rows[std::size_t(row)];
    auto text = [](const std::string& t) { return t.empty() ? FilterValue() : FilterValue::ofText(qs(t)); };
    if (field.startsWith(kParams)) return paramsOf(r.id).value(field);
    if (field.startsWith(kFinal)) {
        const std::string metric = field.mid(kFinal.size()).toStdString();
        for (const auto& [name, value] : r.bestFinals)
            if (name == metric) return FilterValue::ofNumber(value);
        return {};
    }
    if (field.startsWith(kTags)) {
        const std::string key = field.mid(kTags.size()).toStdString();
        for (const auto& t : r.tags) {
            if (t == key) return FilterValue::ofText(QString()); // a plain tag: present, no value
            if (const auto kv = splitTag(t); kv && kv->first == key)
                return FilterValue::ofText(qs(kv->second));
        }
        return {};
    }
    if (field == QLatin1String("id")) return FilterValue::ofNumber(double(r.id));
    if (field == QLatin1String("name")) return text(r.name);
    if (field == QLatin1String("kind")) return text(r.kind);
    if (field == QLatin1String("status"))
        return FilterValue::ofText(isLivePaused(r) ? QStringLiteral("paused")
                                                   : QString::fromLatin1(toString(r.status)));
    if (field == QLatin1String("created")) return text(r.createdAt);
    if (field == QLatin1String("finished")) return text(r.finishedAt);
    if (field == QLatin1String("replicates")) return FilterValue::ofNumber(r.replicates);
    if (field == QLatin1String("runs")) return FilterValue::ofNumber(r.runCount);
    if (field == QLatin1String("seed")) return FilterValue::ofNumber(double(r.seed));
    if (field == QLatin1String("best")) return text(r.bestLabel);
    if (field == QLatin1String("value"))
        return r.bestLabel.empty() ? FilterValue() : FilterValue::ofNumber(r.bestValue);
    if (field == QLatin1String("notes")) return text(r.notes);
    if (field == QLatin1String("tags")) {
        QStringList t;
        for (const auto& tag : r.tags) t << qs(tag);
        return t.isEmpty() ? FilterValue() : FilterValue::ofText(t.join(QStringLiteral(", ")));
    }
    return {};
}

QVariant RunBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= FixedColumns && section < columnCount()) {
        const QString& field = m_extra[section - FixedColumns];
        if (role == Qt::DisplayRole) return field;
        if (role == Qt::ToolTipRole)
            return field.startsWith(kFinal)
                       ? tr("Final mean across replicates of %1 of the best run")
                             .arg(field.mid(kFinal.size()))
                       : tr("Configuration parameter %1 (a list shows its number of items)")
                             .arg(field.mid(kParams.size()));
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 && section < FixedColumns)
        return tr("Filter field: %1").arg(columnField(section));
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
    if (index.column() >= FixedColumns) {
        const FilterValue v = fieldValue(index.row(), columnField(index.column()));
        switch (role) {
        case Qt::DisplayRole:
            return v.type == FilterValue::Number ? QVariant(QLocale().toString(v.number, 'g', 6))
                                                 : QVariant(v.text);
        case SortRole:
            return v.type == FilterValue::Number ? QVariant(v.number)
                                                 : (v.isMissing() ? QVariant() : QVariant(v.text));
        case NumericRole:
            return v.type == FilterValue::Number;
        case Qt::TextAlignmentRole:
            return v.type == FilterValue::Number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                 : QVariant();
        default:
            return {};
        }
    }
    if (role == NumericRole)
        return index.column() == Id || index.column() == Replicates ||
               (index.column() == BestValue && !r.bestLabel.empty());
    const RunStatus status = r.status;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Id:
            return sort ? QVariant(qint64(r.id)) : QVariant(QString::number(r.id));
        case Name: // a shipped preset's title is shown translated; edited and sorted as stored
            return role == Qt::DisplayRole ? tre(r.name) : qs(r.name);
        case Kind:
            return qs(r.kind);
        case Created:
            return sort ? QVariant(qs(r.createdAt)) : QVariant(localTime(r.createdAt));
        case Status: {
            if (sort) return fieldValue(index.row(), QStringLiteral("status")).text;
            const QString shown = isLivePaused(r) ? tr("Paused") : statusText(status);
            if (r.status == RunStatus::Running && r.checkpointsTotal > 0)
                return tr("%1 %2%").arg(shown).arg(100 * r.checkpointsDone / r.checkpointsTotal);
            return shown;
        }
        case Best:
            return tre(r.bestLabel);
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
        if (index.column() == Status && !r.message.empty()) return tre(r.message);
        if (index.column() == BestValue && !r.headlineMetric.empty()) {
            // The metric's label when the kind is known here, else its name.
            QString metric = qs(r.headlineMetric);
            if (const tb::Kind* kind = findKind(r.kind))
                for (const MetricDecl& m : kind->metrics())
                    if (m.name == r.headlineMetric) metric = tre(m.label);
            return tr("Final mean of %1 of the best run").arg(metric);
        }
        if (index.column() == Tags)
            return tr(
                "Comma-separated tags, plain (baseline) or KEY=VALUE (owner=ana, filtered as tags.owner); "
                "double-click to edit");
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
            std::map<std::string, std::string> byKey; // one value per key: the last one typed wins
            for (const QString& t : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (t.trimmed().isEmpty()) continue;
                const std::string tag = normalizeTag(t.trimmed().toStdString());
                if (const auto kv = splitTag(tag)) {
                    if (const auto it = byKey.find(kv->first); it != byKey.end()) want.erase(it->second);
                    byKey[kv->first] = tag;
                }
                want.insert(tag);
            }
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
