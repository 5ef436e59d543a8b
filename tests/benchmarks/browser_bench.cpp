// Run browser on a large store (issue 9): time to list, to filter by words and by expressions (the first
// expression over params.* reads and flattens every config once; later ones use the cache), to list the
// available columns and to export the table as CSV. Prints milliseconds; run offscreen:
//   QT_QPA_PLATFORM=offscreen build/release/tests/benchmarks/browser_bench [--experiments N]
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>
#include <functional>

#include "CloneExperiments.h"
#include "RunBrowser.h"
#include "RunBrowserModel.h"
#include "run/Registry.h"
#include "run/Runner.h"
#include "store/RunStore.h"

using namespace tb;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchBenchmark"));
    QSettings().clear();
    int experiments = 10000;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--experiments") == 0) experiments = std::atoi(argv[i + 1]);
    QTemporaryDir dir;
    auto store = std::make_shared<RunStore>(dir.filePath(QStringLiteral("big.sqlite")).toStdString());
    {
        Json config = loadConfigArgument("preset:classic-10-arm");
        config["replicates"] = 10;
        Runner runner(prepare(config), Runner::Options{0, 0.02});
        auto rec = store->recorder();
        runner.run(rec.get());
    }
    bench::cloneExperimentOne(store->handle(), experiments - 1);

    ui::RunBrowser browser;
    auto ms = [](const char* what, const std::function<void()>& f) {
        QElapsedTimer t;
        t.start();
        f();
        std::printf("%-58s %9.1f ms\n", what, double(t.nsecsElapsed()) / 1e6);
    };
    std::printf("run browser over %d experiments\n", experiments);
    ms("setStore (list with tags and best finals)", [&] { browser.setStore(store); });
    ms("refresh, nothing changed", [&] { browser.refresh(); });
    ms("words: \"#123\"", [&] { browser.setFilterText(QStringLiteral("#123")); });
    ms("final.pseudo_regret < 100.5",
       [&] { browser.setFilterText(QStringLiteral("final.pseudo_regret < 100.5")); });
    ms("params.horizon = 10000 and tags.batch-3 (first: configs)",
       [&] { browser.setFilterText(QStringLiteral("params.horizon = 10000 and tags.batch-3")); });
    ms("params.horizon = 10000 and tags.batch-4 (cached)",
       [&] { browser.setFilterText(QStringLiteral("params.horizon = 10000 and tags.batch-4")); });
    ms("availableParams + availableFinals", [&] {
        (void)browser.model()->availableParams();
        (void)browser.model()->availableFinals();
    });
    for (const char* c : {"params.horizon", "params.environment.type", "final.pseudo_regret", "tags.owner"})
        browser.setColumnVisible(QString::fromLatin1(c), true);
    browser.setFilterText(QString());
    ms("sort by final.pseudo_regret", [&] { browser.proxy()->sort(ui::RunBrowserModel::FixedColumns + 2); });
    ms("export CSV (all rows, 13 columns)",
       [&] { browser.exportCsv(dir.filePath(QStringLiteral("table.csv"))); });
    std::printf("rows shown %d of %d\n", browser.proxy()->rowCount(), browser.model()->rowCount());
    QSettings().clear();
    return 0;
}
