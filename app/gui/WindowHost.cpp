#include "WindowHost.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QTabWidget>
#include <memory>
#include <optional>

#include "Appearance.h"
#include "EngineController.h"
#include "ExperimentPanel.h"
#include "LessonPanel.h"
#include "ParamForm.h"
#include "ProjectionView.h"
#include "RunPresenter.h"
#include "SnapshotView.h"
#include "StepModePanel.h"
#include "Translations.h"

namespace tb::gui {

WindowHost::WindowHost(MainWindow::Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)) {
    adopt(new MainWindow(m_options));
}

WindowHost::~WindowHost() {
    for (const QPointer<MainWindow>& old : std::as_const(m_retired)) delete old.data(); // not deleted yet
    delete m_window.data();
}

void WindowHost::restoreTab(MainWindow* window, int tab) {
    QTabWidget* tabs = window->plots()->tabs();
    if (tab < 0) return;
    if (tab < tabs->count()) {
        tabs->setCurrentIndex(tab);
        return;
    }
    // The preview's plots come from the engine thread: choose the tab when they are there (after the window's
    // own handler, which was connected first).
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(window->engine(), &EngineController::previewReady, tabs, [tabs, tab, once] {
        QObject::disconnect(*once);
        if (tab < tabs->count()) tabs->setCurrentIndex(tab);
    });
}

void WindowHost::adopt(MainWindow* window) {
    m_window = window;
    // Queued: the request comes from the old window's menu, which must not be deleted under its own feet.
    connect(
        window, &MainWindow::languageChangeRequested, this,
        [this](const QString& setting) { switchLanguage(setting); }, Qt::QueuedConnection);
}

bool WindowHost::switchLanguage(const QString& setting) {
    MainWindow* old = m_window;
    if (!old) return false;
    if (old->engine()->isRunning() || old->isImporting()) return false;

    // What the old window shows. Presenter mode is left first, so that the geometry and the docks saved are
    // the window's own (presenter mode keeps them to restore), and entered again in the new window.
    const bool presenting = presenterMode();
    if (presenting) old->setPresenterMode(false);
    const Json config = old->form()->config();
    const QString preset = old->experimentPanel()->presetName();
    const QByteArray geometry = old->saveGeometry(), state = old->saveState();
    const bool visible = old->isVisible();
    const bool projection = old->projectionView() && old->projectionView()->isVisible();
    QList<qint64> shown = old->presenter()->shownStoredRuns();
    if (shown.isEmpty() && old->engine()->latest() && old->engine()->experimentId() >= 0)
        shown = {old->engine()->experimentId()}; // the finished current run, as it was recorded
    const int tab = old->plots()->tabs()->currentIndex();
    const bool controlsHidden = old->controlsHidden(), tuning = old->liveTuning();
    std::optional<Lesson> lesson;
    if (old->lessonPanel() && old->lessonDock() && !old->lessonDock()->isHidden())
        lesson = old->lessonPanel()->lesson();
    const ui::StepModePanel* steps = old->stepModePanel();
    const bool stepMode = steps && steps->parentWidget() && !steps->parentWidget()->isHidden();
    const int stepPolicy =
        stepMode ? steps->policyBox()->currentIndex() : -1; // names change with the language
    const bool stepMeansHidden = stepMode && steps->hideTrueMeansBox()->isChecked();

    if (m_options.useSettings) saveLanguage(setting);
    applyLanguage(*qApp, setting);

    MainWindow::Options options = m_options;
    if (!old->storePath().isEmpty()) options.storePath = old->storePath();
    options.config = preset.isEmpty() ? QString() : QStringLiteral("preset:") + preset;
    auto* window = new MainWindow(options);
    if (preset.isEmpty()) window->loadConfig(config, QString());
    if (projection) window->showProjection();
    // The docks made on demand exist before restoreState, which puts them back where they were.
    if (lesson) window->restoreLesson(*lesson);
    if (stepMode) {
        ui::StepModePanel* panel = window->showStepMode();
        if (stepPolicy >= 0 && stepPolicy < panel->policyBox()->count())
            panel->policyBox()->setCurrentIndex(stepPolicy);
        panel->hideTrueMeansBox()->setChecked(stepMeansHidden);
    }
    window->restoreGeometry(geometry);
    window->restoreState(state);
    if (tuning) window->setLiveTuning(true, false); // the shown result stays until the next change
    if (controlsHidden) window->setControlsHidden(true);
    if (shown.size() == 1)
        window->openStoredRun(shown.front());
    else if (shown.size() > 1)
        window->compareRuns(shown);
    restoreTab(window, tab);
    if (visible) window->show();
    if (presenting) window->setPresenterMode(true);

    old->disconnect(this);
    old->hide();
    old->deleteLater();
    m_retired.removeIf([](const QPointer<MainWindow>& w) { return w.isNull(); });
    m_retired << old;
    adopt(window);
    emit windowReplaced(window);
    return true;
}

} // namespace tb::gui
