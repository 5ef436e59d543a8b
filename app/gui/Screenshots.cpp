#include "Screenshots.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <functional>
#include <memory>

#include "CategoryPlot.h"
#include "EngineController.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "RunBrowser.h"
#include "RunBrowserModel.h"
#include "SeriesPlot.h"
#include "SnapshotView.h"

namespace tb::gui {

namespace {
/// Calls `then` once `cond` holds (checked every 50 ms).
void when(QObject* ctx, std::function<bool()> cond, std::function<void()> then) {
    auto* t = new QTimer(ctx);
    t->setInterval(50);
    QObject::connect(t, &QTimer::timeout, ctx, [t, cond, then] {
        if (!cond()) return;
        t->stop();
        t->deleteLater();
        then();
    });
    t->start();
}

void save(MainWindow* w, const QString& dir, const QString& name) {
    QApplication::processEvents();
    w->grab().save(QDir(dir).filePath(name));
}

/// Shows the tab whose title starts with `title`.
void showTab(MainWindow* w, const QString& title) {
    QTabWidget* tabs = w->plots()->tabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).startsWith(title)) tabs->setCurrentIndex(i);
}

/// The survival game: survival-capable run to its end (its failure-count distribution and the level
/// analysis), then the scaling projection; quits when done.
void survivalShots(MainWindow* w, const QString& dir) {
    w->loadConfigArgument(QStringLiteral("preset:survival-capable"));
    w->startRun();
    when(
        w,
        [w] {
            if (w->engine()->isRunning()) return false;
            const auto s = w->plots()->snapshot();
            return s && s->status == RunStatus::Finished && !s->derived.empty() && !s->derived[0].quick;
        },
        [w, dir] {
            showTab(w, QStringLiteral("Failure-count distribution"));
            QTimer::singleShot(300, w, [w, dir] {
                save(w, dir, QStringLiteral("survival-distribution.png"));
                showTab(w, QStringLiteral("Analysis"));
                QTimer::singleShot(300, w, [w, dir] {
                    save(w, dir, QStringLiteral("survival-analysis.png"));
                    w->showProjection();
                    QTimer::singleShot(400, w, [w, dir] {
                        save(w, dir, QStringLiteral("scaling-projection.png"));
                        QApplication::quit();
                    });
                });
            });
        });
}
} // namespace

void takeScreenshots(MainWindow* w, const QString& dir) {
    QDir().mkpath(dir);
    w->resize(1600, 1000);
    auto ids = std::make_shared<QList<qint64>>();
    QTimer::singleShot(300, w, [w, dir, ids] {
        save(w, dir, QStringLiteral("startup.png"));
        w->form()->setValueAt(QStringLiteral("replicates"), 400);
        w->startRun();
        // Mid-run: pause at about 40% so the picture is stable, then resume.
        when(
            w,
            [w] {
                auto s = w->engine()->latest();
                return s && s->stepsTotal > 0 && double(s->stepsDone) / double(s->stepsTotal) > 0.4;
            },
            [w, dir, ids] {
                w->togglePause();
                QTimer::singleShot(300, w, [w, dir, ids] {
                    save(w, dir, QStringLiteral("main-midrun.png"));
                    // Paused mid-run, pulls per arm hold the counts of the last checkpoint.
                    w->plots()->tabs()->setCurrentIndex(w->plots()->tabs()->count() - 2);
                    QApplication::processEvents();
                    save(w, dir, QStringLiteral("pulls-per-arm-midrun.png"));
                    w->plots()->tabs()->setCurrentIndex(0);
                    w->togglePause();
                    when(
                        w, [w] { return !w->engine()->isRunning(); },
                        [w, dir, ids] {
                            ids->append(w->engine()->experimentId());
                            w->plots()->tabs()->setCurrentIndex(w->plots()->tabs()->count() - 2);
                            if (auto* pulls = w->plots()->categoryPlot(QStringLiteral("pulls")))
                                pulls->setLogY(true);
                            QTimer::singleShot(200, w, [w, dir, ids] {
                                save(w, dir, QStringLiteral("pulls-per-arm.png"));
                                w->plots()->tabs()->setCurrentIndex(w->plots()->tabs()->count() - 1);
                                QTimer::singleShot(200, w, [w, dir, ids] {
                                    save(w, dir, QStringLiteral("final-distribution.png"));
                                    w->plots()->tabs()->setCurrentIndex(0);
                                    // Regret on a log scale with the Lai–Robbins line, the legend outside.
                                    auto* regret = w->plots()->seriesPlot(QStringLiteral("pseudo_regret"));
                                    if (regret) regret->setLogY(true);
                                    QApplication::processEvents();
                                    save(w, dir, QStringLiteral("regret-log-bound.png"));
                                    if (regret) regret->setLogY(false);
                                    // A second run with a longer horizon, for the comparison.
                                    w->form()->setValueAt(QStringLiteral("horizon"), 20000);
                                    w->form()->setValueAt(QStringLiteral("seed"), 7);
                                    w->form()->setValueAt(QStringLiteral("name"),
                                                          "classic-10-arm, T = 20000, seed 7");
                                    w->startRun();
                                    when(
                                        w, [w] { return !w->engine()->isRunning(); },
                                        [w, dir, ids] {
                                            ids->append(w->engine()->experimentId());
                                            w->browser()->refresh();
                                            auto* model = w->browser()->model();
                                            const int r0 = model->rowOf(ids->front());
                                            model->setData(model->index(r0, ui::RunBrowserModel::Tags),
                                                           QStringLiteral("baseline, lecture, owner=ana"),
                                                           Qt::EditRole);
                                            model->setData(
                                                model->index(r0, ui::RunBrowserModel::Notes),
                                                QStringLiteral("Thompson and KL-UCB stay logarithmic"),
                                                Qt::EditRole);
                                            const int r1 = model->rowOf(ids->back());
                                            model->setData(model->index(r1, ui::RunBrowserModel::Tags),
                                                           QStringLiteral("long horizon, owner=ben"),
                                                           Qt::EditRole);
                                            // Chosen columns and a filter expression (put back afterwards:
                                            // the choice is remembered).
                                            const QStringList columns = {
                                                QStringLiteral("params.horizon"),
                                                QStringLiteral("params.seed"),
                                                QStringLiteral("final.pseudo_regret"),
                                                QStringLiteral("tags.owner")};
                                            const QStringList before = model->extraColumns();
                                            for (const QString& c : columns)
                                                w->browser()->setColumnVisible(c, true);
                                            w->browser()->selectIds(*ids);
                                            w->browser()->grab().save(
                                                QDir(dir).filePath(QStringLiteral("run-browser.png")));
                                            w->browser()->setFilterText(QStringLiteral(
                                                "final.pseudo_regret < 100 and tags.owner = 'ana'"));
                                            QApplication::processEvents(); // lay out the new count
                                            w->browser()->grab().save(
                                                QDir(dir).filePath(QStringLiteral("run-browser-filter.png")));
                                            w->browser()->setFilterText(QString());
                                            for (const QString& c : columns)
                                                if (!before.contains(c))
                                                    w->browser()->setColumnVisible(c, false);
                                            w->compareRuns(*ids);
                                            QTimer::singleShot(300, w, [w, dir, ids] {
                                                save(w, dir, QStringLiteral("compare.png"));
                                                w->showLive();
                                                w->form()->setValueAt(QStringLiteral("environment.means[3]"),
                                                                      1.4);
                                                QTimer::singleShot(200, w, [w, dir] {
                                                    save(w, dir, QStringLiteral("form-validation.png"));
                                                    survivalShots(w, dir);
                                                });
                                            });
                                        });
                                });
                            });
                        });
                });
            });
    });
}

} // namespace tb::gui
