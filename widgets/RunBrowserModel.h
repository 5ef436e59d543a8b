#pragma once
// RunBrowserModel: the experiments of a RunStore as a table (kind, name, time, status, best variant and its
// final headline value, replicates, tags, notes). Name, tags and notes are editable in place and written to
// the store.
#include <QAbstractTableModel>
#include <memory>
#include <vector>

#include "store/RunStore.h"

namespace tb::ui {

class RunBrowserModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Kind, Created, Status, Best, BestValue, Replicates, Tags, Notes, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1; ///< numbers and ISO times sort by value
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit RunBrowserModel(QObject* parent = nullptr);

    void setStore(std::shared_ptr<RunStore> store);
    RunStore* store() const { return m_store.get(); }
    /// Re-reads the experiment list (keeps the model's rows when nothing changed).
    void reload();
    const std::vector<ExperimentRow>& rows() const { return m_rows; }
    int rowOf(std::int64_t id) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void storeError(const QString& message);

private:
    std::shared_ptr<RunStore> m_store;
    std::vector<ExperimentRow> m_rows;
    QString m_error;
};

/// Status as shown to users (RunStatus::Finished → tr("Finished")).
QString statusText(RunStatus status);
QColor statusColor(RunStatus status);

} // namespace tb::ui
