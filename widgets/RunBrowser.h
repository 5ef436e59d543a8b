#pragma once
// RunBrowser: the run browser dock. A sortable table of the store's experiments with in-place editing of
// name, tags and notes, columns chosen among parameters and final metrics (remembered in QSettings), a
// filter that takes words or an expression (RunFilter), CSV export of the table as shown, and actions: open
// (plots of the stored run), re-run (config back into the form), compare (overlay several runs), compare
// runs statistically (the compare view's tests, also of the runs of one experiment), delete (with
// confirmation). It polls RunStore::dataVersion() so runs recorded by another process (the CLI) into
// the same store appear without a restart.
#include <QList>
#include <QWidget>
#include <memory>

#include "store/RunStore.h"

class QLineEdit;
class QLabel;
class QTableView;
class QTimer;
class QSortFilterProxyModel;
class QToolButton;
class QMenu;
class QAction;

namespace tb::ui {

class RunBrowserModel;
class RunFilterProxy;

class RunBrowser : public QWidget {
    Q_OBJECT
public:
    explicit RunBrowser(QWidget* parent = nullptr);

    void setStore(std::shared_ptr<RunStore> store);
    RunBrowserModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const;
    QTableView* view() const { return m_view; }
    /// Words (rows with a cell containing them) or an expression (RunFilter); an expression with an error
    /// leaves the last valid filter applied and shows the error in the box's tooltip and red frame.
    void setFilterText(const QString& text);
    /// The error of the filter text ("" when none): "column 22: expected a value after '<'".
    QString filterError() const { return m_filterError; }
    /// The window tells which run it is running (id < 0: none) and whether it is paused.
    void setLiveRun(qint64 id, bool paused);
    /// Shows or hides a column by its field name ("params.horizon", "final.pseudo_regret", or a fixed one
    /// such as "notes"); remembered in QSettings.
    void setColumnVisible(const QString& field, bool visible);
    /// Field names of the visible columns, in view order.
    QStringList visibleColumns() const;
    /// Writes the table as shown (visible columns in view order, filtered rows in view order) as CSV.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    /// Ids of the selected experiments, in view order.
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64>& ids);
    /// Ask before deleting (tests switch it off).
    void setConfirmDeletes(bool on) { m_confirm = on; }
    /// Polling interval of dataVersion() in ms.
    void setPollInterval(int ms);
    /// "Compare runs statistically" (context menu): enabled when the selection holds at least two runs.
    QAction* statisticsAction() const { return m_statistics; }

public slots:
    void refresh();
    void deleteSelected();

signals:
    void openRequested(qint64 id);
    void rerunRequested(qint64 id);
    void compareRequested(const QList<qint64>& ids);
    /// The statistical tests of every run of the selected experiments (one experiment: its own runs).
    void statisticsRequested(const QList<qint64>& ids);
    /// Experiments deleted from the store by deleteSelected(), so views showing them can let them go.
    void deleted(const QList<qint64>& ids);

private:
    void poll();
    void updateActions();
    /// The column chooser: fixed columns, parameters, final metrics and tag keys, checkable.
    void fillColumnMenu(QMenu* menu);
    void saveColumns() const;
    void restoreColumns();
    void exportWithDialog();

    RunBrowserModel* m_model = nullptr;
    RunFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QToolButton *m_open = nullptr, *m_rerun = nullptr, *m_compare = nullptr, *m_delete = nullptr;
    QToolButton *m_columns = nullptr, *m_export = nullptr;
    QAction* m_statistics = nullptr;
    QString m_filterError;
    QTimer* m_poll = nullptr;
    std::int64_t m_dataVersion = -1;
    bool m_confirm = true;
};

} // namespace tb::ui
