#include "ExperimentPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include "Icons.h"
#include "Palette.h"
#include "ParamForm.h"
#include "QtText.h"
#include "run/Registry.h"
#include "store/StoreFile.h"

namespace tb::gui {

using ui::qs;

ExperimentPanel::ExperimentPanel(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(8, 6, 8, 8);
    lay->setSpacing(8);

    auto* top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    top->setHorizontalSpacing(10);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    for (const Kind* k : kinds()) m_kindCombo->addItem(ui::tre(k->label()), qs(k->name()));
    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->setToolTip(tr("Start from a shipped experiment"));
    top->addRow(tr("Kind"), m_kindCombo);
    top->addRow(tr("Preset"), m_presetCombo);
    lay->addLayout(top);
    m_sourceNote = new QLabel(this);
    m_sourceNote->setWordWrap(true);
    ui::setMutedText(m_sourceNote);
    lay->addWidget(m_sourceNote);

    m_form = new ui::ParamForm;
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* formHost = new QWidget;
    auto* fl = new QVBoxLayout(formHost);
    fl->setContentsMargins(0, 0, 6, 0);
    fl->addWidget(m_form);
    fl->addStretch(1);
    scroll->setWidget(formHost);
    lay->addWidget(scroll, 1);
    // The form scrolls only vertically, so the panel is never narrower than the form needs (its labels are
    // longer in German than in English): the dock widens instead of cutting off the fields.
    m_scroll = scroll;
    formHost->installEventFilter(this);

    m_formState = new QLabel(this);
    m_formState->setWordWrap(true);
    ui::setWarningText(m_formState);
    m_formState->hide();
    lay->addWidget(m_formState);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    m_run = new QPushButton(ui::icon(QStringLiteral("run")), tr("Run"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    m_runTip = tr("Run the experiment (Ctrl+R)");
    m_run->setToolTip(m_runTip);
    m_run->setStyleSheet(QStringLiteral(
        "QPushButton { background: #0072B2; color: white; border: 1px solid #005a8c; border-radius: 4px;"
        " padding: 5px 14px; font-weight: 600; }"
        "QPushButton:hover { background: #0a7fc4; }"
        "QPushButton:disabled { background: #c9d3dc; border-color: #b7c2cc; color: #f4f6f8; }"));
    m_pause = new QPushButton(ui::icon(QStringLiteral("pause")), tr("Pause"), this);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Pause between checkpoints; press again to resume"));
    m_step = new QPushButton(ui::icon(QStringLiteral("step")), tr("Step"), this);
    m_step->setToolTip(tr("Run exactly one more checkpoint"));
    m_stop = new QPushButton(ui::icon(QStringLiteral("stop")), tr("Stop"), this);
    m_stop->setToolTip(tr("Stop within one checkpoint; the run is kept as interrupted"));
    buttons->addWidget(m_run, 2);
    buttons->addWidget(m_pause, 1);
    buttons->addWidget(m_step, 1);
    buttons->addWidget(m_stop, 1);
    lay->addLayout(buttons);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        const Kind* k = findKind(m_kindCombo->itemData(i).toString().toStdString());
        if (!k || k == m_kind) return;
        setKind(k);
        if (m_presetCombo->count() > 1)
            loadArgument(QStringLiteral("preset:") + m_presetCombo->itemData(1).toString());
    });
    connect(m_presetCombo, &QComboBox::activated, this, [this](int i) {
        const QString name = m_presetCombo->itemData(i).toString();
        if (!name.isEmpty()) loadArgument(QStringLiteral("preset:") + name);
    });
    connect(m_form, &ui::ParamForm::configChanged, this, [this] {
        // An edit makes the config custom; keep the preset selected only while it is unchanged.
        const QString name = m_presetCombo->currentData().toString();
        const Preset* p = name.isEmpty() ? nullptr : findPreset(name.toStdString());
        if (p && m_kind && m_kind->spec().withDefaults(p->config) != m_form->config())
            m_presetCombo->setCurrentIndex(0);
        const bool valid = m_form->isValid();
        m_formState->setText(tr("⚠ %n problem(s) in the configuration: fix the marked fields to run.",
                                nullptr, int(m_form->issues().size())));
        m_formState->setVisible(!valid);
        emit configEdited();
    });
    connect(m_run, &QPushButton::clicked, this, &ExperimentPanel::runClicked);
    connect(m_pause, &QPushButton::clicked, this, &ExperimentPanel::pauseClicked);
    connect(m_step, &QPushButton::clicked, this, &ExperimentPanel::stepClicked);
    connect(m_stop, &QPushButton::clicked, this, &ExperimentPanel::stopClicked);
}

void ExperimentPanel::setKind(const Kind* kind) {
    if (!kind) return;
    m_kind = kind;
    {
        QSignalBlocker b(m_kindCombo);
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(qs(kind->name())));
    }
    if (m_form->kind() != kind) m_form->setKind(kind);
    fillPresets();
}

bool ExperimentPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LayoutRequest && watched == m_scroll->widget()) {
        const int needed = m_scroll->widget()->minimumSizeHint().width() +
                           m_scroll->verticalScrollBar()->sizeHint().width() + 2 * m_scroll->frameWidth();
        if (m_scroll->minimumWidth() != needed) m_scroll->setMinimumWidth(needed);
    }
    return QWidget::eventFilter(watched, event);
}

QString ExperimentPanel::presetName() const {
    return m_presetCombo->currentData().toString();
}

void ExperimentPanel::fillPresets() {
    QSignalBlocker b(m_presetCombo);
    m_presetCombo->clear();
    m_presetCombo->addItem(tr("(custom)"), QString());
    for (const Preset& p : presets()) {
        if (!m_kind || p.config.value("kind", std::string()) != m_kind->name()) continue;
        // The preset's name (as trialbench-cli knows it), with its title and description as the tooltip.
        m_presetCombo->addItem(qs(p.name), qs(p.name));
        const QString title = ui::tre(p.config.value("name", std::string()));
        m_presetCombo->setItemData(m_presetCombo->count() - 1,
                                   title.isEmpty() ? ui::tre(p.description)
                                                   : title + QStringLiteral("\n") + ui::tre(p.description),
                                   Qt::ToolTipRole);
    }
}

bool ExperimentPanel::loadConfig(const Json& config, const QString& source) {
    if (!config.is_object()) {
        emit failed(tr("Cannot load the config"), tr("%1: the config must be a JSON object").arg(source));
        return false;
    }
    const Kind* kind = config.contains("kind") && config["kind"].is_string()
                           ? findKind(config["kind"].get<std::string>())
                           : m_kind;
    if (!kind) {
        // The CLI's message for an unknown or missing kind (found before anything is built).
        emit failed(tr("Cannot load the config"),
                    source + QStringLiteral("\n") + ui::trIssues(tb::validate(config)));
        return false;
    }
    setKind(kind);
    m_form->setConfig(config);
    return true;
}

bool ExperimentPanel::loadArgument(const QString& arg) {
    Json config;
    try {
        // A store dropped or opened as a config is refused before any descriptor of it is opened: closing one
        // would drop this process's SQLite locks on it.
        if (store::isSqliteFile(arg.toStdString()))
            throw InputError(std::vector<Issue>{
                {arg.toStdString(),
                 tr("is an SQLite database (a TrialBench store?), not a config; open stores "
                    "with File > Open store")
                     .toStdString()}});
        config = tb::loadConfigArgument(arg.toStdString());
    } catch (const InputError& e) {
        emit failed(tr("Cannot load the config"), ui::trIssues(e.issues()));
        return false;
    } catch (const std::exception& e) {
        emit failed(tr("Cannot load the config"), QString::fromUtf8(e.what()));
        return false;
    }
    if (!loadConfig(config, arg)) return false;
    const QString prefix = QStringLiteral("preset:");
    if (arg.startsWith(prefix)) {
        const QString name = arg.mid(prefix.size());
        m_presetCombo->setCurrentIndex(std::max(0, m_presetCombo->findData(name)));
        const Preset* p = findPreset(name.toStdString());
        showNote(p ? ui::tre(p->description) : QString());
        emit presetLoaded(name);
    } else {
        setSourceNote(tr("Loaded from %1").arg(QFileInfo(arg).fileName()));
    }
    return true;
}

void ExperimentPanel::setSourceNote(const QString& text) {
    m_presetCombo->setCurrentIndex(0);
    showNote(text);
}

void ExperimentPanel::showNote(const QString& text) {
    m_sourceNote->setText(text);
    m_sourceNote->setVisible(!text.isEmpty());
}

void ExperimentPanel::setRunState(bool running, bool paused, const QString& blocked,
                                  bool editableWhileRunning) {
    const bool valid = m_form->isValid();
    m_run->setEnabled(!running && valid && blocked.isEmpty());
    m_run->setToolTip(blocked.isEmpty() ? m_runTip : blocked);
    m_pause->setEnabled(running);
    m_pause->setChecked(running && paused);
    m_pause->setText(running && paused ? tr("Resume") : tr("Pause"));
    m_step->setEnabled(valid && blocked.isEmpty() && (!running || paused));
    m_stop->setEnabled(running);
    m_kindCombo->setEnabled(!running || editableWhileRunning);
    m_presetCombo->setEnabled(!running || editableWhileRunning);
    m_form->setEnabled(!running || editableWhileRunning);
}

} // namespace tb::gui
