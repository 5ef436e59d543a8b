#pragma once
// ParamForm: the parameter form of a kind, generated from its ParamSpec. Each parameter gets the widget of
// its type (spin boxes with the spec's ranges, combo boxes, a table for sibling per-item lists such as
// per-arm means and variances, a policy list with add / remove / reorder and per-policy fields). Every edit
// is validated through tb::validate (the checks of tb::prepare without creating the experiment, so cheap on
// the GUI thread), so the messages are exactly those the CLI prints, and each one is shown at the field it
// concerns.
#include <QWidget>
#include <memory>
#include <vector>

#include "core/Kind.h"

class QLabel;
class QVBoxLayout;

namespace tb::ui {

namespace form {
class Editor;
}

class ParamForm : public QWidget {
    Q_OBJECT
public:
    explicit ParamForm(QWidget* parent = nullptr);
    ~ParamForm() override;

    /// Rebuilds the form for `kind` and fills it with the kind's defaults.
    void setKind(const Kind* kind);
    const Kind* kind() const { return m_kind; }

    /// Fills the form from a config (missing optional values take their defaults). Returns false (and leaves
    /// the form unchanged) if the config names another kind than the form's.
    bool setConfig(const Json& config);
    /// The config as edited (with "kind"); may be invalid, see issues().
    Json config() const;

    /// Problems of the current config, exactly as tb::prepare reports them (empty when valid).
    const std::vector<Issue>& issues() const { return m_issues; }
    bool isValid() const { return m_issues.empty(); }
    /// The text shown at the field whose JSON path is `path` ("" if none): one Issue::toString() per line.
    QString issueTextAt(const QString& path) const;
    /// The editor widget of a JSON path (tables and lists: the whole table or list), or nullptr.
    QWidget* fieldWidget(const QString& path) const;

    /// Sets one value by JSON path (e.g. "horizon", "environment.means[3]", "policies[1].epsilon") as if
    /// typed.
    bool setValueAt(const QString& path, const Json& value);

    /// Slider mode (live tuning): every Int and Real field gets a slider under its spin box (logarithmic
    /// where its scale spans decades), and every table of numbers a slider under it for its current cell
    /// (objectName "<path>#cellSlider"); moving one edits the value like typing. Kept across rebuilds.
    void setSliderMode(bool on);
    bool sliderMode() const { return m_sliders; }

signals:
    void configChanged();
    void validityChanged(bool valid);

private:
    void revalidate();
    void applySliderMode();

    const Kind* m_kind = nullptr;
    std::unique_ptr<form::Editor> m_root;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_generalIssues = nullptr;
    std::vector<Issue> m_issues;
    std::vector<Issue> m_unclaimed; ///< issues no field claims, shown above the form
    bool m_filling = false;
    bool m_sliders = false;
};

} // namespace tb::ui
