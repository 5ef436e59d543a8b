#include "RunBrowser.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ExportPath.h"
#include "Icons.h"
#include "Palette.h"
#include "QtText.h"
#include "RunBrowserModel.h"
#include "RunFilter.h"
#include "store/Export.h"

namespace tb::ui {

/// Rows matching the filter: an expression (RunFilter over the model's fields) or, without one, Qt's fixed
/// string match over every column.
class RunFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setExpression(RunFilter filter) {
        m_filter = std::move(filter);
        invalidateFilter();
    }
    void clearExpression() { setExpression(RunFilter()); }
    bool hasExpression() const { return m_filter.isValid(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        if (!m_filter.isValid()) return QSortFilterProxyModel::filterAcceptsRow(row, parent);
        const auto* model = static_cast<const RunBrowserModel*>(sourceModel());
        return m_filter.matches([&](const QString& field) { return model->fieldValue(row, field); });
    }

private:
    RunFilter m_filter;
};

namespace {

const QString kColumnsKey = QStringLiteral("runBrowser/columns");
const QString kHiddenKey = QStringLiteral("runBrowser/hiddenColumns");

/// Qt draws QStyleOptionHeader::SortUp as an arrow pointing up, but QHeaderView asks for SortDown when the
/// order is ascending (the convention of old Windows list views), so an ascending column showed ▼. Ask for
/// the arrow that points the way the values grow: ▲ ascending (smallest first), ▼ descending.
class SortHeader : public QHeaderView {
public:
    using QHeaderView::QHeaderView;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override {
        QHeaderView::initStyleOptionForIndex(option, logicalIndex);
        if (option->sortIndicator != QStyleOptionHeader::None)
            option->sortIndicator = sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortUp
                                                                               : QStyleOptionHeader::SortDown;
    }
};

} // namespace

RunBrowser::RunBrowser(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(6, 4, 6, 6);
    lay->setSpacing(4);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("browserFilter"));
    m_filter->setPlaceholderText(
        tr("Filter: words, or an expression such as final.pseudo_regret < 50 and params.horizon = 10000"));
    m_filter->setClearButtonEnabled(true);
    const int filterEm = m_filter->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_filter->setMinimumWidth(30 * filterEm);
    m_filter->setMaximumWidth(64 * filterEm);
    bar->addWidget(m_filter, 4);
    m_count = new QLabel(this);
    setMutedText(m_count);
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
    m_columns = button(tr("Columns"), tr("Choose the columns: parameters, final metrics, tags"),
                       QStringLiteral("columns"));
    m_columns->setObjectName(QStringLiteral("browserColumns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    auto* columnMenu = new QMenu(m_columns);
    connect(columnMenu, &QMenu::aboutToShow, this, [this, columnMenu] { fillColumnMenu(columnMenu); });
    m_columns->setMenu(columnMenu);
    m_export = button(tr("Export"), tr("Save the table as shown (visible columns, filtered rows) as CSV"),
                      QStringLiteral("export"));
    m_export->setObjectName(QStringLiteral("browserExport"));
    connect(m_export, &QToolButton::clicked, this, &RunBrowser::exportWithDialog);
    lay->addLayout(bar);

    m_model = new RunBrowserModel(this);
    m_proxy = new RunFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunBrowserModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("browserView"));
    m_view->setHorizontalHeader(new SortHeader(Qt::Horizontal, m_view));
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
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
            QMenu menu(this);
            fillColumnMenu(&menu);
            // The column under the mouse can be hidden at once.
            const int column = m_view->horizontalHeader()->logicalIndexAt(pos);
            if (column > RunBrowserModel::Id) {
                const QString field = m_model->columnField(column);
                QAction* hide = new QAction(
                    tr("Hide “%1”")
                        .arg(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()),
                    &menu);
                connect(hide, &QAction::triggered, this, [this, field] { setColumnVisible(field, false); });
                QAction* first = menu.actions().value(0);
                menu.insertAction(first, hide);
                menu.insertSeparator(first);
            }
            menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
        });
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {3, 18, 5, 11, 8, 11, 7, 7, 11, 20};
    for (int c = 0; c < RunBrowserModel::FixedColumns; ++c) m_view->setColumnWidth(c, widths[c] * em);
    m_view->setColumnWidth(RunBrowserModel::Created,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59")) +
                               2 * em);
    // Never narrower than the (possibly translated) header text.
    for (int c = 0; c < RunBrowserModel::FixedColumns - 1; ++c) {
        const QString h = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        m_view->setColumnWidth(
            c, std::max(m_view->columnWidth(c), m_view->fontMetrics().horizontalAdvance(h) + 2 * em));
    }
    // The status column fits its longest text in the user's language ("Abgeschlossen", "Paused 100%").
    int statusWidth =
        m_view->fontMetrics().horizontalAdvance(RunBrowserModel::tr("Paused") + QStringLiteral(" 100%"));
    for (RunStatus st : {RunStatus::Running, RunStatus::Finished, RunStatus::Interrupted, RunStatus::Failed})
        statusWidth = std::max(
            statusWidth, m_view->fontMetrics().horizontalAdvance(statusText(st) + QStringLiteral(" 100%")));
    m_view->setColumnWidth(RunBrowserModel::Status,
                           std::max(m_view->columnWidth(RunBrowserModel::Status), statusWidth + em));
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
    m_statistics =
        new QAction(tb::ui::icon(QStringLiteral("compare")), tr("Compare runs statistically"), this);
    m_statistics->setObjectName(QStringLiteral("browserStatistics"));
    m_statistics->setToolTip(
        tr("Test whether one run is better than another on every replicate's final value "
           "(Welch and Mann–Whitney tests, effect sizes), also the runs of one experiment"));
    m_statistics->setStatusTip(m_statistics->toolTip());
    connect(m_statistics, &QAction::triggered, this, [this] {
        const auto ids = selectedIds();
        if (!ids.isEmpty()) emit statisticsRequested(ids);
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
        menu.addAction(m_statistics);
        menu.addSeparator();
        menu.addAction(m_delete->icon(), m_delete->text(), m_delete, &QToolButton::click)
            ->setEnabled(m_delete->isEnabled());
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &RunBrowserModel::storeError, this,
            [this](const QString& msg) { m_count->setText(tr("Store error: %1").arg(msg)); });
    // A chosen column gets a width for its header and values, and keeps it.
    connect(m_model, &QAbstractItemModel::columnsInserted, this,
            [this, em](const QModelIndex&, int first, int last) {
                for (int c = first; c <= last; ++c) {
                    const QString h = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
                    m_view->setColumnWidth(
                        c, std::max(8 * em, m_view->fontMetrics().horizontalAdvance(h) + 2 * em));
                }
            });
    restoreColumns();

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

QSortFilterProxyModel* RunBrowser::proxy() const {
    return m_proxy;
}

void RunBrowser::setFilterText(const QString& text) {
    if (m_filter->text() != text) m_filter->setText(text);
    m_filterError.clear();
    if (RunFilter::looksLikeExpression(text)) {
        RunFilter filter = RunFilter::parse(text);
        if (filter.isValid()) {
            m_proxy->setFilterFixedString(QString());
            m_proxy->setExpression(std::move(filter));
        } else {
            m_filterError = filter.error().toString(); // the last valid filter stays applied
        }
    } else {
        m_proxy->clearExpression();
        m_proxy->setFilterFixedString(text);
    }
    m_filter->setStyleSheet(m_filterError.isEmpty()
                                ? QString()
                                : QStringLiteral("QLineEdit { border: 1px solid #c0392b; border-radius: 2px; "
                                                 "background: #fff5f3; }"));
    m_filter->setToolTip(
        m_filterError.isEmpty()
            ? tr("Words match any column. An expression compares fields: params.KEY, final.METRIC, tags.KEY, "
                 "id, name, kind, status, created, best, value, replicates, notes; with = != < <= > >=, "
                 "LIKE '%x%', ~ 'regex', and, or, not, ( ). Example: final.pseudo_regret < 50 and "
                 "params.horizon = 10000")
            : m_filterError);
    updateActions();
}

void RunBrowser::setLiveRun(qint64 id, bool paused) {
    m_model->setLiveRun(id, paused);
}

void RunBrowser::setColumnVisible(const QString& field, bool visible) {
    for (int c = 0; c < RunBrowserModel::FixedColumns; ++c)
        if (m_model->columnField(c) == field) {
            m_view->setColumnHidden(c, !visible);
            saveColumns();
            return;
        }
    QStringList extra = m_model->extraColumns();
    if (visible && !extra.contains(field))
        extra << field;
    else if (!visible)
        extra.removeAll(field);
    m_model->setExtraColumns(extra);
    saveColumns();
}

QStringList RunBrowser::visibleColumns() const {
    QStringList out;
    const QHeaderView* h = m_view->horizontalHeader();
    for (int v = 0; v < h->count(); ++v) {
        const int c = h->logicalIndex(v);
        if (!h->isSectionHidden(c)) out << m_model->columnField(c);
    }
    return out;
}

void RunBrowser::fillColumnMenu(QMenu* menu) {
    qDeleteAll(menu->findChildren<QMenu*>(Qt::FindDirectChildrenOnly)); // the submenus of the last time
    menu->clear();
    const QStringList& extra = m_model->extraColumns();
    auto add = [&](QMenu* to, const QString& field, const QString& label, bool shown) {
        QAction* a = to->addAction(label);
        a->setCheckable(true);
        a->setChecked(shown);
        a->setData(field);
        connect(a, &QAction::toggled, this, [this, field](bool on) { setColumnVisible(field, on); });
    };
    menu->addSection(tr("Columns"));
    for (int c = 0; c < RunBrowserModel::FixedColumns; ++c)
        if (c != RunBrowserModel::Id) // the id always shows
            add(menu, m_model->columnField(c),
                m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(),
                !m_view->isColumnHidden(c));
    const QStringList finals = m_model->availableFinals();
    if (!finals.isEmpty()) menu->addSection(tr("Final metrics (best run)"));
    for (const QString& f : finals) add(menu, f, f, extra.contains(f));
    QStringList tagKeys;
    for (const auto& r : m_model->rows())
        for (const auto& t : r.tags)
            if (const auto kv = splitTag(t)) {
                const QString f = QStringLiteral("tags.") + QString::fromStdString(kv->first);
                if (!tagKeys.contains(f)) tagKeys << f;
            }
    tagKeys.sort();
    if (!tagKeys.isEmpty()) menu->addSection(tr("Tag keys"));
    for (const QString& f : tagKeys) add(menu, f, f, extra.contains(f));
    // Parameters in a submenu; nested ones (environment.…, policies[0].…) grouped by their first key.
    const QStringList params = m_model->availableParams();
    if (params.isEmpty()) return;
    menu->addSeparator();
    QMenu* paramMenu = menu->addMenu(tr("Parameters"));
    QHash<QString, QMenu*> groups;
    static const QRegularExpression nested(QStringLiteral("[.\\[]"));
    for (const QString& f : params) {
        const QString key = f.mid(int(qstrlen("params.")));
        const qsizetype cut = key.indexOf(nested);
        QMenu* to = paramMenu;
        if (cut > 0) {
            QMenu*& group = groups[key.left(cut)];
            if (!group) group = paramMenu->addMenu(key.left(cut));
            to = group;
        }
        add(to, f, f, extra.contains(f));
    }
}

void RunBrowser::saveColumns() const {
    QStringList hidden;
    for (int c = 0; c < RunBrowserModel::FixedColumns; ++c)
        if (m_view->isColumnHidden(c)) hidden << m_model->columnField(c);
    QSettings s;
    s.setValue(kColumnsKey, m_model->extraColumns());
    s.setValue(kHiddenKey, hidden);
}

void RunBrowser::restoreColumns() {
    QSettings s;
    const QStringList hidden = s.value(kHiddenKey).toStringList();
    for (int c = 0; c < RunBrowserModel::FixedColumns; ++c)
        m_view->setColumnHidden(c, c != RunBrowserModel::Id && hidden.contains(m_model->columnField(c)));
    m_model->setExtraColumns(s.value(kColumnsKey).toStringList());
}

bool RunBrowser::exportCsv(const QString& path, QString* error) const {
    std::string csv;
    const QStringList fields = visibleColumns();
    QList<int> columns;
    for (const QString& f : fields) {
        csv += (csv.empty() ? "" : ",") + csvTextField(f.toStdString());
        for (int c = 0; c < m_model->columnCount(); ++c)
            if (m_model->columnField(c) == f) columns << c;
    }
    csv += "\r\n";
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        for (int i = 0; i < columns.size(); ++i) {
            const QModelIndex idx = m_proxy->index(r, columns[i]);
            const QVariant v = idx.data(RunBrowserModel::SortRole);
            if (i) csv += ',';
            if (idx.data(RunBrowserModel::NumericRole).toBool()) {
                const double d = v.toDouble(); // whole numbers (ids, horizons) as integers, not 1e+05
                csv += std::trunc(d) == d && std::abs(d) < 1e15 ? std::to_string(std::int64_t(d))
                                                                : formatNumber(d);
            } else
                csv += csvTextField(v.toString().toStdString());
        }
        csv += "\r\n";
    }
    try {
        checkNotAStoreFile(path.toStdString());
        writeFileAtomically(path.toStdString(), csv);
        return true;
    } catch (const InputError& e) {
        if (error) *error = trIssues(e.issues());
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
    }
    return false;
}

void RunBrowser::exportWithDialog() {
    ExportSubject subject;
    if (m_model->store())
        subject.experiment = QFileInfo(QString::fromStdString(m_model->store()->path())).completeBaseName();
    const QString path = askExportPath(this, tr("Export the run table"), subject, QStringLiteral("run-table"),
                                       QStringLiteral("csv"), tr("CSV table (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"),
                             error.isEmpty() ? tr("Could not write %1.").arg(path) : error);
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
    // The tests need two runs: two experiments, or one experiment with several runs (its policies).
    int runs = 0;
    const QList<qint64> ids = n >= 1 ? selectedIds() : QList<qint64>();
    for (const ExperimentRow& r : m_model->rows())
        if (ids.contains(r.id)) runs += r.runCount;
    m_statistics->setEnabled(n >= 2 || runs >= 2);
    m_delete->setEnabled(n >= 1);
    const int shown = m_proxy->rowCount(), total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n run(s)", nullptr, total)
                                    : tr("%1 of %n run(s)", nullptr, total).arg(shown));
    m_export->setEnabled(shown > 0);
}

} // namespace tb::ui
