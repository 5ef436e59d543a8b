#pragma once
// ExperimentPanel: the experiment dock's content. Kind and preset combo boxes, a line saying where the config
// came from, the generated parameter form (in a scroll area), the count of the form's problems and the
// Run / Pause / Step / Stop buttons. It fills the form from presets, files and stored configs; what the
// buttons do is the window's.
#include <QWidget>

#include "core/Kind.h"

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace tb::ui {
class ParamForm;
}

namespace tb::gui {

class ExperimentPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentPanel(QWidget* parent = nullptr);

    ui::ParamForm* form() const { return m_form; }
    const Kind* kind() const { return m_kind; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* stepButton() const { return m_step; }
    QPushButton* stopButton() const { return m_stop; }
    /// The preset the form holds unchanged ("classic-10-arm"), or "" for a custom config.
    QString presetName() const;

    /// Rebuilds the form for `kind` (its defaults) and lists the kind's presets.
    void setKind(const Kind* kind);
    /// Fills the form from a config; reports a config it cannot load (failed()) with `source` in the text.
    bool loadConfig(const Json& config, const QString& source);
    /// Loads "preset:NAME" or a JSON config file and says where the config came from.
    bool loadArgument(const QString& arg);
    /// Marks the config as custom (not a preset) and says where it came from, under the preset.
    void setSourceNote(const QString& text);

    /// Enables the controls for the run state. `blocked`: why nothing can be run ("" = it can); shown on the
    /// Run button's tooltip (the window shows it in the status bar too).
    /// `editableWhileRunning`: the form stays editable during the run (live tuning's runs).
    void setRunState(bool running, bool paused, const QString& blocked, bool editableWhileRunning = false);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void runClicked();
    void pauseClicked();
    void stepClicked();
    void stopClicked();
    /// The form's config changed (an edit, or a config loaded); valid or not.
    void configEdited();
    /// A preset was loaded into the form.
    void presetLoaded(const QString& name);
    void failed(const QString& title, const QString& text);

private:
    void fillPresets();
    void showNote(const QString& text);

    const Kind* m_kind = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QComboBox* m_presetCombo = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_sourceNote = nullptr;
    ui::ParamForm* m_form = nullptr;
    QLabel* m_formState = nullptr;
    QPushButton *m_run = nullptr, *m_pause = nullptr, *m_step = nullptr, *m_stop = nullptr;
    QString m_runTip;
};

} // namespace tb::gui
