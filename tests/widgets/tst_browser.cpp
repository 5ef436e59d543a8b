// The run browser after issue 9: filter expressions (parser and evaluator: precedence, types, missing keys,
// errors with their column), the filter box (words still work, errors in the tooltip and red frame, the last
// valid filter kept), chosen columns (parameters, final metrics, tag keys) remembered in QSettings, KEY=VALUE
// tags, CSV export of the table as shown, the live run shown "Paused", the sort arrow's direction, plural
// forms, and the default export path and title of every export.
#include <QtTest>

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <unistd.h>

#include "CompareView.h"
#include "ExportPath.h"
#include "MainWindow.h"
#include "PlotPanel.h"
#include "RunBrowser.h"
#include "RunBrowserModel.h"
#include "RunFilter.h"
#include "SeriesPlot.h"
#include "SnapshotView.h"
#include "WidgetTestSupport.h"
#include "run/Registry.h"
#include "run/Runner.h"
#include "store/Export.h"
#include "store/RunStore.h"
#include "store/Sqlite.h"

using namespace tb;
using tb::test::record;
using tb::test::smallConfig;
using ui::FilterValue;
using ui::RunFilter;

namespace {

/// A record of fixed values for evaluator tests.
ui::FilterRecord recordOf(const QHash<QString, FilterValue>& values) {
    return [values](const QString& field) { return values.value(field); };
}

/// Resolves "(s)" by the count, as the English .ts numerus forms do: lets a test see whether a string was
/// translated with a count (tr(…, nullptr, n)) at all.
class PluralTranslator : public QTranslator {
public:
    QString translate(const char*, const char* source, const char*, int n) const override {
        QString s = QString::fromUtf8(source);
        if (n < 0 || !s.contains(QLatin1String("(s)"))) return {};
        return s.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    bool isEmpty() const override { return false; }
};

/// Minimal CSV reader (RFC 4180 quotes), enough for the browser's export.
QList<QStringList> parseCsv(const QByteArray& bytes) {
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

/// Every action of a menu and its submenus.
QList<QAction*> allActions(QMenu* menu) {
    QList<QAction*> out;
    for (QAction* a : menu->actions()) {
        out << a;
        if (a->menu()) out << allActions(a->menu());
    }
    return out;
}

/// Exposes a plot's default export file name.
class NamedPlot : public ui::SeriesPlot {
public:
    using ui::PlotPanel::exportFileName;
};

} // namespace

class TestBrowser : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchBrowserTest"));
        QSettings().clear();
        QVERIFY(findKind("bandit"));
    }
    void init() { QSettings().clear(); }

    // --- The parser and evaluator --------------------------------------------------------------------------

    void precedenceAndGrouping_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("and binds tighter than or") << "final.a < 1 or params.b = 2 and tags.c"
                                                   << "((final.a < 1) or ((params.b = 2) and tags.c))";
        QTest::newRow("parentheses") << "(final.a < 1 or params.b = 2) and tags.c"
                                     << "(((final.a < 1) or (params.b = 2)) and tags.c)";
        QTest::newRow("not binds tightest") << "not tags.a and tags.b"
                                            << "((not tags.a) and tags.b)";
        QTest::newRow("not not") << "not not tags.a"
                                 << "(not (not tags.a))";
        QTest::newRow("left to right") << "tags.a or tags.b or tags.c"
                                       << "((tags.a or tags.b) or tags.c)";
        QTest::newRow("keywords and fixed names ignore case")
            << "ID >= 2 AND Status = 'Finished' Or NOT name LIKE 'x%'"
            << "(((id >= 2) and (status = 'Finished')) or (not (name like 'x%')))";
        QTest::newRow("family prefix ignores case, key kept") << "FINAL.Pseudo_Regret<=3.5e1"
                                                              << "(final.Pseudo_Regret <= 35)";
        QTest::newRow("all operators")
            << "id = 1 or id == 1 or id != 1 or id <> 1 or id < 1 or id <= 1 or id > 1 or id >= 1"
            << "((((((((id = 1) or (id = 1)) or (id != 1)) or (id != 1)) or (id < 1)) or (id <= 1)) or "
               "(id > 1)) or (id >= 1))";
        QTest::newRow("not like, regex, quoted keys, list items")
            << "name not like '%a' and tags.`data set` ~ 'x+' and params.policies[1].type = \"it's\""
            << "(((name not like '%a') and (tags.data set ~ 'x+')) and (params.policies[1].type = 'it''s'))";
        QTest::newRow("doubled quotes") << "notes = 'it''s'"
                                        << "(notes = 'it''s')";
        QTest::newRow("signed numbers") << "final.a > -5 and final.a < +.5"
                                        << "((final.a > -5) and (final.a < 0.5))";
        QTest::newRow("literal on the left") << "50 > final.pseudo_regret"
                                             << "(50 > final.pseudo_regret)";
    }
    void precedenceAndGrouping() {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const RunFilter f = RunFilter::parse(text);
        QVERIFY2(f.isValid(), qPrintable(f.error().toString()));
        QCOMPARE(f.canonical(), canonical);
    }

    void evaluation() {
        const auto rec = recordOf({{"id", FilterValue::ofNumber(7)},
                                   {"name", FilterValue::ofText("Classic 10-arm")},
                                   {"status", FilterValue::ofText("finished")},
                                   {"created", FilterValue::ofText("2026-11-26T18:04:29Z")},
                                   {"final.pseudo_regret", FilterValue::ofNumber(33.65)},
                                   {"params.horizon", FilterValue::ofNumber(10000)},
                                   {"params.environment.type", FilterValue::ofText("bernoulli")},
                                   {"tags.owner", FilterValue::ofText("ana")},
                                   {"tags.priority", FilterValue::ofText("3")},
                                   {"tags.baseline", FilterValue::ofText(QString())}});
        auto holds = [&](const char* text) {
            const RunFilter f = RunFilter::parse(QString::fromUtf8(text));
            if (!f.isValid()) qWarning("%s: %s", text, qPrintable(f.error().toString()));
            return f.isValid() && f.matches(rec);
        };
        // The example, and numbers.
        QVERIFY(holds("final.pseudo_regret < 50 and params.horizon = 10000"));
        QVERIFY(!holds("final.pseudo_regret < 30 and params.horizon = 10000"));
        QVERIFY(holds("final.pseudo_regret < 30 or params.horizon = 1e4"));
        QVERIFY(holds("final.pseudo_regret >= 33.65 and final.pseudo_regret <= 33.65"));
        QVERIFY(holds("id != 8 and id > 6.5"));
        // Precedence matters: false or (true and false) vs (false or true) and false.
        QVERIFY(!holds("id = 1 or id = 7 and id = 2"));
        QVERIFY(holds("id = 7 or id = 1 and id = 2"));
        QVERIFY(!holds("(id = 7 or id = 1) and id = 2"));
        // Texts compare case-insensitively; ISO times order as text.
        QVERIFY(holds("status = 'FINISHED' and params.environment.type = 'Bernoulli'"));
        QVERIFY(holds("created >= '2026-11-01' and created < '2026-12'"));
        QVERIFY(holds("name < 'd' and name > 'C'"));
        // A number and a text that reads as one compare as numbers; one that does not only differs.
        QVERIFY(holds("tags.priority = 3 and tags.priority > 2.5 and tags.priority < 10"));
        QVERIFY(!holds("params.environment.type = 3"));
        QVERIFY(!holds("params.environment.type < 3"));
        QVERIFY(holds("params.environment.type != 3"));
        // Missing keys: comparisons are false (also !=), a field alone says whether it is there.
        QVERIFY(!holds("final.nothing < 1e300"));
        QVERIFY(!holds("final.nothing != 1"));
        QVERIFY(holds("not final.nothing > 0"));
        QVERIFY(holds("tags.baseline and tags.owner and not tags.draft"));
        QVERIFY(holds("tags.owner = 'ANA'"));
        QVERIFY(!holds("tags.owner = 'bob'"));
        QVERIFY(!holds("tags.baseline = 'x'"));
        // LIKE is whole-text with % and _, ~ searches a regular expression; both ignore case.
        QVERIFY(holds("name like 'classic%'"));
        QVERIFY(holds("name like '%10_arm'"));
        QVERIFY(!holds("name like 'classic'"));
        QVERIFY(holds("name not like 'classic'"));
        QVERIFY(holds("name like 'Classic 10-arm'"));
        QVERIFY(!holds("name like 'Classic.10-arm'")); // '.' is literal in LIKE
        QVERIFY(holds("name ~ '10-ARM'"));
        QVERIFY(holds("name ~ '^classic [0-9]+'"));
        QVERIFY(!holds("name ~ '^10'"));
        QVERIFY(holds("params.horizon like '10%'")); // numbers are matched as their text
        QVERIFY(!holds("final.nothing like '%'"));
        QVERIFY(holds("50 > final.pseudo_regret"));
    }

    void errorsSayWhereAndWhy_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing after operator") << "final.x <" << 10 << "expected a value after '<'";
        QTest::newRow("unclosed paren")
            << "(final.x < 1" << 13 << "expected ')' to close the '(' at column 1";
        QTest::newRow("stray paren") << "final.x < 1)" << 12 << "')' without a matching '('";
        QTest::newRow("unknown field") << "foo = 1" << 1 << "unknown field 'foo'";
        QTest::newRow("unknown field on the right") << "status = done" << 10 << "quote text: 'done'";
        QTest::newRow("unclosed text") << "name = 'abc" << 8 << "no closing '";
        QTest::newRow("bad regex") << "name ~ '('" << 8 << "invalid regular expression";
        QTest::newRow("like needs text") << "name like 5" << 11 << "like needs quoted text on its right";
        QTest::newRow("dangling and")
            << "final.x < 1 and" << 16 << "expected a field, a number or quoted text";
        QTest::newRow("bang") << "final.x ! 1" << 9 << "'!' must be followed by '='";
        QTest::newRow("empty key") << "params. = 1" << 8 << "expected a name after '.'";
        QTest::newRow("family alone") << "final = 1" << 1 << "unknown field 'final'";
        QTest::newRow("literal alone") << "5" << 1 << "alone is not a condition";
        QTest::newRow("suffix on a number") << "final.x < 10k" << 13 << "unexpected 'k' after the number 10";
        QTest::newRow("two conditions without and") << "id = 1 id = 2" << 8 << "expected \"and\", \"or\"";
        QTest::newRow("bad list item") << "params.p[x] = 1" << 9 << "expected an item number";
        QTest::newRow("unclosed backquote") << "tags.`a = 1" << 6 << "is not closed";
        QTest::newRow("unexpected character") << "id = 1 & id = 2" << 8 << "unexpected character '&'";
        QTest::newRow("operator first") << "< 3" << 1 << "expected a field";
        QTest::newRow("empty") << "   " << 1 << "the filter is empty";
        // Columns count characters, not bytes.
        QTest::newRow("after non-ASCII text") << "name = 'é' and bar" << 16 << "unknown field 'bar'";
    }
    void errorsSayWhereAndWhy() {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, message);
        const RunFilter f = RunFilter::parse(text);
        QVERIFY(!f.isValid());
        QVERIFY(!f.matches(recordOf({})));
        QCOMPARE(f.error().column, column);
        QVERIFY2(f.error().message.contains(message), qPrintable(f.error().message));
        QVERIFY(f.error().toString().startsWith(QStringLiteral("column %1: ").arg(column)));
    }

    void wordsAreNotExpressions_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expression");
        QTest::newRow("a word") << "thompson" << false;
        QTest::newRow("words") << "classic 10-arm" << false;
        QTest::newRow("policy label with = and ()") << "ε-greedy (ε=0.1)" << false;
        QTest::newRow("a field name alone") << "status" << false;
        QTest::newRow("a field name then a word") << "best run" << false;
        QTest::newRow("not and a word") << "not bad" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("comparison") << "final.pseudo_regret < 50" << true;
        QTest::newRow("family field alone") << "tags.baseline" << true;
        QTest::newRow("unfinished") << "params.horizon <" << true;
        QTest::newRow("fixed field and operator") << "status = 'finished'" << true;
        QTest::newRow("fixed field and like") << "name like 'a%'" << true;
        QTest::newRow("fixed field and not like") << "name not like 'a%'" << true;
        QTest::newRow("parenthesised") << "(id > 3)" << true;
        QTest::newRow("negated") << "not tags.draft" << true;
    }
    void wordsAreNotExpressions() {
        QFETCH(QString, text);
        QFETCH(bool, expression);
        QCOMPARE(RunFilter::looksLikeExpression(text), expression);
    }

    void configsFlattenToParams() {
        const Json c = loadConfigArgument("preset:classic-10-arm");
        const auto p = ui::flattenParams(c);
        QCOMPARE(p.value("params.horizon").type, FilterValue::Number);
        QCOMPARE(p.value("params.horizon").number, 10000.0);
        QCOMPARE(p.value("params.environment.type").text, QStringLiteral("bernoulli"));
        QCOMPARE(p.value("params.policies[3].epsilon").number, 0.1);
        QCOMPARE(p.value("params.policies[0].type").text, QStringLiteral("ucb1"));
        QVERIFY(p.value("params.environment.means").text.startsWith(QStringLiteral("[0.05,")));
        QVERIFY(p.value("params.nothing").isMissing());
    }

    // --- The browser over a store
    // ----------------------------------------------------------------------------

    void browserFiltersByExpressionsTagsAndWords() {
        QTemporaryDir dir;
        auto store = std::make_shared<RunStore>(dir.filePath(QStringLiteral("runs.sqlite")).toStdString());
        const auto a = record(*store, smallConfig("alpha", 4, 400));
        const auto b = record(*store, smallConfig("beta", 4, 1000));
        const auto c = record(*store, smallConfig("gamma", 4, 1000));
        ui::RunBrowser browser;
        browser.setStore(store);
        ui::RunBrowserModel* model = browser.model();
        QCOMPARE(model->rowCount(), 3);

        // final.METRIC is the best run's stored final mean of each Series metric.
        for (const auto& r : model->rows()) {
            const FilterValue v =
                model->fieldValue(model->rowOf(r.id), QStringLiteral("final.pseudo_regret"));
            QCOMPARE(v.type, FilterValue::Number);
            QCOMPARE(v.number, r.bestValue);
            QCOMPARE(model->fieldValue(model->rowOf(r.id), QStringLiteral("final.optimal_arm_fraction")).type,
                     FilterValue::Number);
        }
        // Rows expected by the expression, computed from the store independently.
        const double threshold = store->experiment(b)->bestValue + 1e-9;
        QList<qint64> expected;
        for (const auto& r : store->listExperiments()) {
            const Json cfg = store->config(r.id);
            if (r.bestValue < threshold && cfg["horizon"] == 1000) expected << r.id;
        }
        QVERIFY(expected.contains(b));
        browser.setFilterText(
            QStringLiteral("final.pseudo_regret < %1 and params.horizon = 1000").arg(threshold, 0, 'g', 17));
        QCOMPARE(browser.filterError(), QString());
        QList<qint64> shown;
        for (int r = 0; r < browser.proxy()->rowCount(); ++r)
            shown << browser.proxy()->index(r, 0).data(ui::RunBrowserModel::IdRole).toLongLong();
        std::sort(shown.begin(), shown.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);

        // An error: said with its column in the tooltip and a red frame; the last valid filter stays applied.
        auto* box = browser.findChild<QLineEdit*>(QStringLiteral("browserFilter"));
        QVERIFY(box);
        browser.setFilterText(QStringLiteral("params.horizon <"));
        QCOMPARE(browser.filterError(), QStringLiteral("column 17: expected a value after '<'"));
        QCOMPARE(box->toolTip(), browser.filterError());
        QVERIFY(box->styleSheet().contains(QLatin1String("border")));
        QCOMPARE(browser.proxy()->rowCount(), int(expected.size()));
        browser.setFilterText(QStringLiteral("params.horizon < 500"));
        QCOMPARE(browser.filterError(), QString());
        QVERIFY(box->styleSheet().isEmpty());
        QCOMPARE(browser.proxy()->rowCount(), 1);
        QCOMPARE(browser.proxy()->index(0, 0).data(ui::RunBrowserModel::IdRole).toLongLong(), a);

        // Words still filter as before.
        browser.setFilterText(QStringLiteral("GAMMA"));
        QCOMPARE(browser.proxy()->rowCount(), 1);
        QCOMPARE(browser.proxy()->index(0, 0).data(ui::RunBrowserModel::IdRole).toLongLong(), c);
        browser.setFilterText(QString());
        QCOMPARE(browser.proxy()->rowCount(), 3);

        // KEY=VALUE tags: edited in place, one value per key (the last typed wins), filterable as tags.KEY.
        const QModelIndex tags = model->index(model->rowOf(a), ui::RunBrowserModel::Tags);
        QVERIFY(model->setData(tags, QStringLiteral("baseline, owner = ana"), Qt::EditRole));
        QCOMPARE(store->experiment(a)->tags, (std::vector<std::string>{"baseline", "owner=ana"}));
        QVERIFY(model->setData(model->index(model->rowOf(b), ui::RunBrowserModel::Tags),
                               QStringLiteral("owner=bob, owner=carl"), Qt::EditRole));
        QCOMPARE(store->experiment(b)->tags, (std::vector<std::string>{"owner=carl"}));
        QCOMPARE(model->index(model->rowOf(b), ui::RunBrowserModel::Tags).data().toString(),
                 QStringLiteral("owner=carl"));
        browser.setFilterText(QStringLiteral("tags.owner = 'ANA' or tags.owner like 'c%'"));
        QCOMPARE(browser.proxy()->rowCount(), 2);
        browser.setFilterText(QStringLiteral("tags.baseline"));
        QCOMPARE(browser.proxy()->rowCount(), 1);
        browser.setFilterText(QStringLiteral("not tags.owner"));
        QCOMPARE(browser.proxy()->rowCount(), 1);
        QCOMPARE(browser.proxy()->index(0, 0).data(ui::RunBrowserModel::IdRole).toLongLong(), c);
        // Replacing a value in place replaces it in the store.
        QVERIFY(model->setData(tags, QStringLiteral("baseline, owner=dan"), Qt::EditRole));
        QCOMPARE(store->experiment(a)->tags, (std::vector<std::string>{"baseline", "owner=dan"}));
    }

    void chosenColumnsAreRememberedAndExported() {
        QTemporaryDir dir;
        auto store = std::make_shared<RunStore>(dir.filePath(QStringLiteral("runs.sqlite")).toStdString());
        record(*store, smallConfig("=HYPERLINK(\"http://x\")", 3, 300));
        const auto b = record(*store, smallConfig("plain, with a comma", 3, 600));
        const auto third = record(*store, smallConfig("third", 2, 100000));
        store->addTag(b, "owner=ana");
        {
            ui::RunBrowser browser;
            browser.setStore(store);
            // The chooser lists parameters, final metrics and tag keys.
            auto* button = browser.findChild<QToolButton*>(QStringLiteral("browserColumns"));
            QVERIFY(button && button->menu());
            emit button->menu()->aboutToShow();
            QStringList offered;
            for (QAction* act : allActions(button->menu()))
                if (act->isCheckable()) offered << act->data().toString();
            for (const char* f :
                 {"params.horizon", "params.environment.type", "params.policies[0].type",
                  "final.pseudo_regret", "final.realized_regret", "final.optimal_arm_fraction",
                  "final.average_reward", "tags.owner", "notes"})
                QVERIFY2(offered.contains(QLatin1String(f)), f);
            // Choosing one from the menu adds the column.
            for (QAction* act : allActions(button->menu()))
                if (act->data().toString() == QLatin1String("params.horizon")) act->setChecked(true);
            QCOMPARE(browser.model()->extraColumns(), QStringList{QStringLiteral("params.horizon")});
            browser.setColumnVisible(QStringLiteral("final.pseudo_regret"), true);
            browser.setColumnVisible(QStringLiteral("tags.owner"), true);
            browser.setColumnVisible(QStringLiteral("notes"), false);
            const int horizonColumn = ui::RunBrowserModel::FixedColumns;
            QCOMPARE(browser.model()->headerData(horizonColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                     QStringLiteral("params.horizon"));
            const int row = browser.model()->rowOf(b);
            QCOMPARE(
                browser.model()->index(row, horizonColumn).data(ui::RunBrowserModel::SortRole).toDouble(),
                600.0);
            QCOMPARE(browser.model()->index(row, horizonColumn + 2).data().toString(), QStringLiteral("ana"));
        }
        // A new browser (the next session) shows the same columns.
        ui::RunBrowser browser;
        browser.setStore(store);
        QCOMPARE(browser.model()->extraColumns(),
                 (QStringList{"params.horizon", "final.pseudo_regret", "tags.owner"}));
        QVERIFY(browser.view()->isColumnHidden(ui::RunBrowserModel::Notes));
        QVERIFY(!browser.visibleColumns().contains(QStringLiteral("notes")));

        // Export: visible columns in view order (move "name" to the front), filtered rows in view order.
        QHeaderView* header = browser.view()->horizontalHeader();
        header->moveSection(header->visualIndex(ui::RunBrowserModel::Name), 0);
        browser.view()->sortByColumn(ui::RunBrowserModel::Id, Qt::AscendingOrder);
        browser.setFilterText(QStringLiteral("params.horizon <= 600"));
        const QString path = dir.filePath(QStringLiteral("table.csv"));
        QString error;
        QVERIFY2(browser.exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QList<QStringList> rows = parseCsv(bytes);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], browser.visibleColumns());
        QCOMPARE(rows[0].front(), QStringLiteral("name"));
        QCOMPARE(rows[0].back(), QStringLiteral("tags.owner"));
        QVERIFY(!rows[0].contains(QStringLiteral("notes")));
        // The formula is neutralised exactly as the store's export does it (same function).
        const std::string formula = "=HYPERLINK(\"http://x\")";
        QVERIFY(bytes.contains(QByteArray::fromStdString(csvTextField(formula))));
        QCOMPARE(rows[1][0], QStringLiteral("'") + QString::fromStdString(formula));
        QCOMPARE(rows[2][0], QStringLiteral("plain, with a comma"));
        const int idCol = int(rows[0].indexOf(QStringLiteral("id")));
        QCOMPARE(rows[2][idCol], QString::number(b));
        QCOMPARE(rows[2][int(rows[0].indexOf(QStringLiteral("params.horizon")))], QStringLiteral("600"));
        QCOMPARE(rows[2][int(rows[0].indexOf(QStringLiteral("final.pseudo_regret")))],
                 QString::fromStdString(formatNumber(store->experiment(b)->bestValue)));
        QCOMPARE(rows[2][int(rows[0].indexOf(QStringLiteral("status")))], QStringLiteral("finished"));
        QCOMPARE(rows[1][int(rows[0].indexOf(QStringLiteral("tags.owner")))], QString());
        // Sorted the other way, the rows follow the view.
        browser.view()->sortByColumn(ui::RunBrowserModel::Id, Qt::DescendingOrder);
        QVERIFY(browser.exportCsv(path, &error));
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(f.readAll())[1][idCol], QString::number(b));
        // Whole numbers are written as integers (100000, not 1e+05).
        browser.setFilterText(QString());
        QVERIFY(browser.exportCsv(path, &error));
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> all = parseCsv(f.readAll());
        QCOMPARE(all.size(), 4);
        QCOMPARE(all[1][idCol], QString::number(third)); // newest first
        QCOMPARE(all[1][int(all[0].indexOf(QStringLiteral("params.horizon")))], QStringLiteral("100000"));
        // A store is never overwritten by an export.
        QVERIFY(!browser.exportCsv(QString::fromStdString(store->path()), &error));
        QVERIFY2(!error.isEmpty(), "no reason given");
    }

    // Issue 9, item 6: the live run said "Running" while paused.
    void liveRunShowsPaused() {
        QTemporaryDir dir;
        auto store = std::make_shared<RunStore>(dir.filePath(QStringLiteral("runs.sqlite")).toStdString());
        const auto id = record(*store, smallConfig("live", 3, 300));
        // Make it look like this process is still writing it (a live run).
        sql::exec(store->handle(), store->path(),
                  ("UPDATE experiments SET status = 'running', finished_at = NULL, writer_pid = " +
                   std::to_string(::getpid()) + " WHERE id = " + std::to_string(id))
                      .c_str(),
                  "test");
        ui::RunBrowser browser;
        browser.setStore(store);
        const QModelIndex status = browser.model()->index(0, ui::RunBrowserModel::Status);
        QVERIFY2(status.data().toString().startsWith(QStringLiteral("Running")),
                 qPrintable(status.data().toString()));
        browser.setLiveRun(id, true);
        QVERIFY2(status.data().toString().startsWith(QStringLiteral("Paused")),
                 qPrintable(status.data().toString()));
        browser.setFilterText(QStringLiteral("status = 'paused'"));
        QCOMPARE(browser.proxy()->rowCount(), 1);
        browser.setLiveRun(id, false);
        QVERIFY(status.data().toString().startsWith(QStringLiteral("Running")));
        QCOMPARE(browser.proxy()->rowCount(), 0);
        browser.setLiveRun(-1, false);
        QVERIFY(status.data().toString().startsWith(QStringLiteral("Running")));
    }

    // Issue 9, item 6: the sort arrow pointed down for an ascending column. ▲ means ascending (smallest
    // first), ▼ descending, in every style that draws QStyleOptionHeader::SortUp as an upward arrow.
    void sortArrowPointsTheWayValuesGrow() {
        QTemporaryDir dir;
        auto store = std::make_shared<RunStore>(dir.filePath(QStringLiteral("runs.sqlite")).toStdString());
        record(*store, smallConfig("one", 2, 200));
        record(*store, smallConfig("two", 2, 200));
        QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        ui::RunBrowser browser;
        browser.setStyle(fusion);
        browser.view()->horizontalHeader()->setStyle(fusion);
        browser.resize(900, 300);
        browser.setStore(store);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QHeaderView* header = browser.view()->horizontalHeader();
        // The arrow is the rightmost run of columns with dark pixels in the section (the label is left of it,
        // after a gap). +1: an arrow wider at the bottom (▲), -1: wider at the top (▼), 0: none found.
        auto arrow = [&](int column) {
            const QImage img = header->grab().toImage();
            const int x0 = header->sectionViewportPosition(column), w = header->sectionSize(column);
            auto dark = [&](int x, int y) { return qGray(img.pixel(x, y)) < 160; };
            auto darkColumn = [&](int x) {
                for (int y = 2; y < img.height() - 2; ++y)
                    if (dark(x, y)) return true;
                return false;
            };
            int right = x0 + w - 3; // inside the section's border
            while (right > x0 && !darkColumn(right)) --right;
            int left = right;
            while (left > x0 && darkColumn(left - 1)) --left;
            int top = -1, bottom = -1, topWidth = 0, bottomWidth = 0;
            for (int y = 2; y < img.height() - 2; ++y) {
                int count = 0;
                for (int x = left; x <= right; ++x) count += dark(x, y);
                if (count == 0) continue;
                if (top < 0) {
                    top = y;
                    topWidth = count;
                }
                bottom = y;
                bottomWidth = count;
            }
            if (top < 0 || top == bottom) return 0;
            return bottomWidth > topWidth ? 1 : (bottomWidth < topWidth ? -1 : 0);
        };
        browser.view()->sortByColumn(ui::RunBrowserModel::Replicates, Qt::AscendingOrder);
        QCOMPARE(browser.proxy()->sortOrder(), Qt::AscendingOrder);
        QCOMPARE(arrow(ui::RunBrowserModel::Replicates), 1);
        browser.view()->sortByColumn(ui::RunBrowserModel::Replicates, Qt::DescendingOrder);
        QCOMPARE(arrow(ui::RunBrowserModel::Replicates), -1);
        browser.view()->sortByColumn(ui::RunBrowserModel::Id, Qt::DescendingOrder);
        QCOMPARE(arrow(ui::RunBrowserModel::Id), -1);
        QCOMPARE(browser.proxy()->index(0, 0).data(ui::RunBrowserModel::IdRole).toLongLong(), 2);
        browser.setStyle(nullptr);
        delete fusion;
    }

    // Issue 9, item 6: "0 of 1 runs" — counts go through tr() with a number so every language (English
    // included) gets its plural form.
    void countsUsePluralForms() {
        PluralTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QTemporaryDir dir;
        auto store = std::make_shared<RunStore>(dir.filePath(QStringLiteral("runs.sqlite")).toStdString());
        record(*store, smallConfig("only", 2, 200));
        ui::RunBrowser browser;
        browser.setStore(store);
        QLabel* count = nullptr;
        for (QLabel* l : browser.findChildren<QLabel*>())
            if (l->text().contains(QLatin1String("run"))) count = l;
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("1 run"));
        browser.setFilterText(QStringLiteral("id > 5"));
        QCOMPARE(count->text(), QStringLiteral("0 of 1 run"));
        QCoreApplication::removeTranslator(&translator);
    }

    // --- Export paths -------------------------------------------------------------------------------------

    void exportNamesTheExperimentAndRun() {
        QCOMPARE(ui::fileNameSlug(QStringLiteral("Cumulative pseudo-regret")),
                 QStringLiteral("cumulative-pseudo-regret"));
        QCOMPARE(ui::fileNameSlug(QStringLiteral("  ε-greedy (ε=0.1)! ")), QStringLiteral("ε-greedy-ε-0-1"));
        const ui::ExportSubject subject{QStringLiteral("Classic 10-arm Bernoulli"), 12};
        QCOMPARE(
            ui::exportFileName(subject, QStringLiteral("Cumulative pseudo-regret"), QStringLiteral("png")),
            QStringLiteral("classic-10-arm-bernoulli_run-12_cumulative-pseudo-regret.png"));
        QCOMPARE(ui::exportFileName({}, QStringLiteral("Regret"), QStringLiteral("csv")),
                 QStringLiteral("regret.csv"));
        QCOMPARE(ui::exportFileName({QString(), 3}, QString(), QStringLiteral("csv")),
                 QStringLiteral("run-3.csv"));
        QCOMPARE(ui::exportTitle(subject, QStringLiteral("Cumulative pseudo-regret")),
                 QStringLiteral("Cumulative pseudo-regret — Classic 10-arm Bernoulli · run #12"));
        QCOMPARE(ui::exportTitle({}, QStringLiteral("Regret")), QStringLiteral("Regret"));

        // A plot's default name follows its subject.
        NamedPlot plot;
        plot.setTitle(QStringLiteral("Cumulative pseudo-regret"));
        plot.setExportSubject(subject);
        QCOMPARE(plot.exportFileName(QStringLiteral("png")),
                 QStringLiteral("classic-10-arm-bernoulli_run-12_cumulative-pseudo-regret.png"));
    }

    void exportFolderIsRememberedNeverTheWorkingFolder() {
        QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (docs.isEmpty()) docs = QDir::homePath();
        QTemporaryDir cwd;
        const QString before = QDir::currentPath();
        QDir::setCurrent(cwd.path());
        QCOMPARE(ui::exportFolder(), docs); // the first time
        QCOMPARE(QFileInfo(ui::defaultExportPath({QStringLiteral("A"), 1}, QStringLiteral("b"),
                                                 QStringLiteral("png")))
                     .absolutePath(),
                 QFileInfo(docs).absoluteFilePath());
        QTemporaryDir chosen;
        ui::rememberExportFolder(chosen.filePath(QStringLiteral("plot.png")));
        QCOMPARE(ui::exportFolder(), chosen.path());
        QCOMPARE(ui::defaultExportPath({QStringLiteral("A"), 1}, QStringLiteral("b"), QStringLiteral("png")),
                 chosen.path() + QStringLiteral("/a_run-1_b.png"));
        chosen.remove();
        QCOMPARE(ui::exportFolder(), docs); // a folder that is gone: back to the documents
        QDir::setCurrent(before);
    }

    void openedRunsAndComparisonsNameTheirPlots() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        qint64 a = 0, b = 0;
        {
            RunStore store(db.toStdString());
            a = record(store, smallConfig("first run", 2, 200));
            b = record(store, smallConfig("second run", 2, 200));
        }
        gui::MainWindow w({db, QStringLiteral("preset:classic-10-arm"), false});
        emit w.browser()->openRequested(b);
        QVERIFY(!w.plots()->panels().isEmpty());
        for (ui::PlotPanel* p : w.plots()->panels()) {
            QCOMPARE(p->exportSubject().experiment, QStringLiteral("second run"));
            QCOMPARE(p->exportSubject().runId, b);
        }
        emit w.browser()->compareRequested({a, b});
        QCOMPARE(w.compareView()->plot()->exportSubject().experiment,
                 QStringLiteral("runs #%1, #%2").arg(a).arg(b));
    }
};

QTEST_MAIN(TestBrowser)
#include "tst_browser.moc"
