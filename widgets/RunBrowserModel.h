#pragma once
// RunBrowserModel: the experiments of a RunStore as a table (kind, name, time, status, best variant and its
// final headline value, replicates, tags, notes), followed by columns the user chooses among the flattened
// config parameters (params.horizon, params.environment.type, …) and the best run's final metrics
// (final.pseudo_regret, …). Name, tags and notes are editable in place and written to the store. Every cell
// is also a filter field (RunFilter): fieldValue() reads any field of a row by its canonical name.
#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <memory>
#include <unordered_map>
#include <vector>

#include "RunFilter.h"
#include "store/RunStore.h"

namespace tb::ui {

class RunBrowserModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The fixed columns; the chosen columns (extraColumns()) follow them.
    enum Column { Id, Name, Kind, Created, Status, Best, BestValue, Replicates, Tags, Notes, FixedColumns };
    static constexpr int SortRole = Qt::UserRole + 1; ///< numbers and ISO times sort by value (also the CSV)
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int NumericRole = Qt::UserRole + 3; ///< true for a cell holding a number

    explicit RunBrowserModel(QObject* parent = nullptr);

    void setStore(std::shared_ptr<RunStore> store);
    RunStore* store() const { return m_store.get(); }
    /// Re-reads the experiment list (keeps the model's rows when nothing changed).
    void reload();
    const std::vector<ExperimentRow>& rows() const { return m_rows; }
    int rowOf(std::int64_t id) const;
    QString lastError() const { return m_error; }

    /// The live run (the one the window is running): shown "Paused" instead of "Running" while `paused`.
    /// id < 0: no live run.
    void setLiveRun(qint64 id, bool paused);

    /// Chosen columns after the fixed ones, as field names ("params.horizon", "final.pseudo_regret").
    const QStringList& extraColumns() const { return m_extra; }
    void setExtraColumns(const QStringList& fields);
    /// Field name of a column: "id", "name", … for the fixed ones (RunFilter's names), the field for a
    /// chosen.
    QString columnField(int column) const;
    /// Every params.KEY found in the stored configs, sorted (reads the configs not read yet).
    QStringList availableParams() const;
    /// final.METRIC of every Series metric stored or declared by a registered kind, sorted.
    QStringList availableFinals() const;

    /// The value of `field` (a RunFilter field name) for row `row`; Missing when the run has none.
    FilterValue fieldValue(int row, const QString& field) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void storeError(const QString& message);

private:
    using Params = QHash<QString, FilterValue>;
    /// The flattened config of experiment `id` (read once: a stored config never changes).
    const Params& paramsOf(std::int64_t id) const;
    bool isLivePaused(const ExperimentRow& r) const;

    std::shared_ptr<RunStore> m_store;
    std::vector<ExperimentRow> m_rows;
    QStringList m_extra;
    mutable std::unordered_map<std::int64_t, Params> m_params;
    qint64 m_liveId = -1;
    bool m_livePaused = false;
    QString m_error;
};

/// Status as shown to users (RunStatus::Finished → tr("Finished")).
QString statusText(RunStatus status);
QColor statusColor(RunStatus status);

/// A config as filter fields, from CompareView::flatten: "params.PATH" for every value (params.horizon,
/// params.environment.type, params.policies[1].type); a list of numbers is one text ("[0.05,0.15]"). Numbers
/// are numbers, everything else text.
QHash<QString, FilterValue> flattenParams(const Json& config);

} // namespace tb::ui
