#include "RunBrowser.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "Icons.h"
#include "RunBrowserModel.h"

namespace tb::ui {

RunBrowser::RunBrowser(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(6, 4, 6, 6);
    lay->setSpacing(4);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("browserFilter"));
    m_filter->setPlaceholderText(tr("Filter runs by name, kind, policy, tag or note…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(420);
    bar->addWidget(m_filter, 1);
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: #6b7280;"));
    bar->addWidget(m_count);
    bar->addStretch(1);
    auto button = [&](const QString& text, const QString& tip, const QString& icon) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setIcon(tb::ui::icon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        bar->addWidget(b);
        return b;
    };
    m_open =
        button(tr("Open"), tr("Show the plots of the selected run (no re-run)"), QStringLiteral("open-run"));
    m_rerun = button(tr("Re-run"), tr("Load the selected run's configuration into the form"),
                     QStringLiteral("rerun"));
    m_compare = button(tr("Compare"), tr("Overlay the selected runs and list their parameter differences"),
                       QStringLiteral("compare"));
    m_delete = button(tr("Delete"), tr("Delete the selected runs from the store"), QStringLiteral("delete"));
    lay->addLayout(bar);

    m_model = new RunBrowserModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunBrowserModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("browserView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunBrowserModel::Id, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {3, 18, 5, 11, 8, 11, 7, 7, 11, 20};
    for (int c = 0; c < RunBrowserModel::ColumnCount; ++c) m_view->setColumnWidth(c, widths[c] * em);
    m_view->setColumnWidth(RunBrowserModel::Created,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59")) +
                               2 * em);
    // Never narrower than the (possibly translated) header text.
    for (int c = 0; c < RunBrowserModel::ColumnCount - 1; ++c) {
        const QString h = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        m_view->setColumnWidth(
            c, std::max(m_view->columnWidth(c), m_view->fontMetrics().horizontalAdvance(h) + 2 * em));
    }
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    lay->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &RunBrowser::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunBrowser::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RunBrowser::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RunBrowser::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RunBrowser::updateActions);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& idx) {
        if (!(m_model->flags(m_proxy->mapToSource(idx)) & Qt::ItemIsEditable))
            emit openRequested(idx.data(RunBrowserModel::IdRole).toLongLong());
    });
    connect(m_open, &QToolButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (!ids.isEmpty()) emit openRequested(ids.front());
    });
    connect(m_rerun, &QToolButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (!ids.isEmpty()) emit rerunRequested(ids.front());
    });
    connect(m_compare, &QToolButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (ids.size() >= 2) emit compareRequested(ids);
    });
    connect(m_delete, &QToolButton::clicked, this, &RunBrowser::deleteSelected);
    auto* del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &RunBrowser::deleteSelected);
    m_view->addAction(del);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_open->icon(), m_open->text(), m_open, &QToolButton::click)
            ->setEnabled(m_open->isEnabled());
        menu.addAction(m_rerun->icon(), m_rerun->text(), m_rerun, &QToolButton::click)
            ->setEnabled(m_rerun->isEnabled());
        menu.addAction(m_compare->icon(), m_compare->text(), m_compare, &QToolButton::click)
            ->setEnabled(m_compare->isEnabled());
        menu.addSeparator();
        menu.addAction(m_delete->icon(), m_delete->text(), m_delete, &QToolButton::click)
            ->setEnabled(m_delete->isEnabled());
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &RunBrowserModel::storeError, this,
            [this](const QString& msg) { m_count->setText(tr("Store error: %1").arg(msg)); });

    m_poll = new QTimer(this);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &RunBrowser::poll);
    updateActions();
}

void RunBrowser::setStore(std::shared_ptr<RunStore> store) {
    m_dataVersion = -1;
    m_model->setStore(std::move(store));
    if (m_model->store()) {
        try {
            m_dataVersion = m_model->store()->dataVersion();
        } catch (const std::exception&) {
        }
        m_poll->start();
    } else
        m_poll->stop();
    updateActions();
}

void RunBrowser::setPollInterval(int ms) {
    m_poll->setInterval(ms);
}

void RunBrowser::setFilterText(const QString& text) {
    if (m_filter->text() != text) m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    updateActions();
}

void RunBrowser::refresh() {
    if (!m_model->store()) return;
    try {
        m_dataVersion = m_model->store()->dataVersion();
    } catch (const std::exception&) {
    }
    m_model->reload();
    updateActions();
}

void RunBrowser::poll() {
    if (!m_model->store()) return;
    std::int64_t v = -1;
    try {
        v = m_model->store()->dataVersion();
    } catch (const std::exception&) {
        return;
    }
    // A row in "running" state also refreshes its progress while another connection writes.
    if (v != m_dataVersion) refresh();
}

QList<qint64> RunBrowser::selectedIds() const {
    QList<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& idx : rows) ids << idx.data(RunBrowserModel::IdRole).toLongLong();
    return ids;
}

void RunBrowser::selectIds(const QList<qint64>& ids) {
    m_view->selectionModel()->clearSelection();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex idx = m_proxy->index(r, 0);
        if (ids.contains(idx.data(RunBrowserModel::IdRole).toLongLong()))
            m_view->selectionModel()->select(idx, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void RunBrowser::deleteSelected() {
    RunStore* store = m_model->store();
    const QList<qint64> ids = selectedIds();
    if (!store || ids.isEmpty()) return;
    QList<qint64> deletable;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->rows()[std::size_t(row)].status != RunStatus::Running) deletable << id;
    }
    if (deletable.isEmpty()) {
        QMessageBox::information(this, tr("Delete runs"),
                                 tr("A run that is still running cannot be deleted."));
        return;
    }
    if (m_confirm) {
        QString names;
        for (qint64 id : deletable.mid(0, 6)) {
            const auto& r = m_model->rows()[std::size_t(m_model->rowOf(id))];
            names += QStringLiteral("\n  #%1 %2").arg(id).arg(QString::fromStdString(r.name));
        }
        if (deletable.size() > 6) names += QStringLiteral("\n  …");
        const auto answer = QMessageBox::question(
            this, tr("Delete runs"),
            tr("Delete %n run(s) with all their data from the store? This cannot be undone.", nullptr,
               int(deletable.size())) +
                names,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) return;
    }
    QList<qint64> done;
    try {
        for (qint64 id : deletable) {
            store->deleteExperiment(id);
            done << id;
        }
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Delete runs"), QString::fromUtf8(e.what()));
    }
    refresh();
    if (!done.isEmpty()) emit deleted(done);
}

void RunBrowser::updateActions() {
    const int n = int(m_view->selectionModel()->selectedRows().size());
    m_open->setEnabled(n >= 1);
    m_rerun->setEnabled(n == 1);
    m_compare->setEnabled(n >= 2);
    m_delete->setEnabled(n >= 1);
    const int shown = m_proxy->rowCount(), total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n run(s)", nullptr, total)
                                    : tr("%1 of %2 runs").arg(shown).arg(total));
}

} // namespace tb::ui
