#pragma once
// RunBrowser: the run browser dock. A filterable, sortable table of the store's experiments with in-place
// editing of name, tags and notes, and actions: open (plots of the stored run), re-run (config back into the
// form), compare (overlay several runs), delete (with confirmation). It polls RunStore::dataVersion() so runs
// recorded by another process (the CLI) into the same store appear without a restart.
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

namespace tb::ui {

class RunBrowserModel;

class RunBrowser : public QWidget {
    Q_OBJECT
public:
    explicit RunBrowser(QWidget* parent = nullptr);

    void setStore(std::shared_ptr<RunStore> store);
    RunBrowserModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    void setFilterText(const QString& text);
    /// Ids of the selected experiments, in view order.
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64>& ids);
    /// Ask before deleting (tests switch it off).
    void setConfirmDeletes(bool on) { m_confirm = on; }
    /// Polling interval of dataVersion() in ms.
    void setPollInterval(int ms);

public slots:
    void refresh();
    void deleteSelected();

signals:
    void openRequested(qint64 id);
    void rerunRequested(qint64 id);
    void compareRequested(const QList<qint64>& ids);
    /// Experiments deleted from the store by deleteSelected(), so views showing them can let them go.
    void deleted(const QList<qint64>& ids);

private:
    void poll();
    void updateActions();

    RunBrowserModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QToolButton *m_open = nullptr, *m_rerun = nullptr, *m_compare = nullptr, *m_delete = nullptr;
    QTimer* m_poll = nullptr;
    std::int64_t m_dataVersion = -1;
    bool m_confirm = true;
};

} // namespace tb::ui
