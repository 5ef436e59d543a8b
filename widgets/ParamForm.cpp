#include "ParamForm.h"
#include "QtText.h"

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>
#include <functional>
#include <limits>
#include <set>

#include "Palette.h"
#include "run/Registry.h"

namespace tb::ui {

namespace form {

namespace {

bool pathUnder(const std::string& issuePath, const std::string& path) {
    if (path.empty()) return true;
    if (issuePath.size() < path.size() || issuePath.compare(0, path.size(), path) != 0) return false;
    if (issuePath.size() == path.size()) return true;
    const char c = issuePath[path.size()];
    return c == '.' || c == '[';
}

QLabel* makeIssueLabel(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("issueLabel"));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    setWarningText(l);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->hide();
    return l;
}

/// Number text as the CLI and JSON would print it.
QString numberText(const Json& v) {
    if (v.is_number_integer() || v.is_number_unsigned()) return qs(v.dump());
    if (v.is_number()) return qs(formatNumber(v.get<double>()));
    if (v.is_string()) return qs(v.get<std::string>());
    if (v.is_null()) return {};
    return qs(v.dump());
}

/// Parses what a user typed into a number cell. Text that is not a number is kept as a string, so validation
/// reports it exactly as the CLI would ("expected a number, got a string").
Json parseNumber(const QString& text, bool integer) {
    const QString t = text.trimmed();
    if (t.isEmpty()) return Json();
    bool ok = false;
    if (integer) {
        const qlonglong i = t.toLongLong(&ok);
        if (ok) return Json(std::int64_t(i));
        const qulonglong u = t.toULongLong(&ok);
        if (ok) return Json(std::uint64_t(u));
    }
    const double d = QLocale::c().toDouble(t, &ok);
    if (ok) {
        if (integer && std::floor(d) == d && std::abs(d) < 9e15) return Json(std::int64_t(d));
        return Json(d);
    }
    const double d2 = QLocale().toDouble(t, &ok); // also accept the user's decimal separator
    if (ok) return Json(d2);
    return Json(t.toStdString());
}

/// Formats reals shortly ("0.1", not "0.100000") while keeping full precision for editing.
class RealSpinBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double v) const override { return locale().toString(v, 'g', 12); }
    double valueFromText(const QString& text) const override {
        QString t = text;
        if (!suffix().isEmpty()) t.chop(suffix().size());
        bool ok = false;
        const double d = locale().toDouble(t.trimmed(), &ok);
        return ok ? d : value();
    }
    QValidator::State validate(QString& text, int& pos) const override {
        (void)pos;
        QString t = text;
        if (!suffix().isEmpty() && t.endsWith(suffix())) t.chop(suffix().size());
        t = t.trimmed();
        if (t.isEmpty() || t == QLatin1String("-") || t.endsWith(locale().decimalPoint()) ||
            t.endsWith(QLatin1Char('e'), Qt::CaseInsensitive))
            return QValidator::Intermediate;
        bool ok = false;
        locale().toDouble(t, &ok);
        return ok ? QValidator::Acceptable : QValidator::Invalid;
    }
};

/// One issue per line, as the CLI prints them.
QString issueText(const std::vector<Issue>& issues) {
    QString text;
    for (const auto& i : issues) text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + trIssue(i);
    return text;
}

/// Lets the mouse wheel change a combo or spin box only while it has the keyboard focus. Otherwise the
/// wheel scrolls the nearest scroll area around it (the form's), so scrolling through the form never
/// changes a value that passes under the pointer.
class WheelGuard : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Wheel) return false;
        auto* box = static_cast<QWidget*>(watched);
        if (box->hasFocus()) return false;
        const auto* wheel = static_cast<QWheelEvent*>(event);
        for (QWidget* w = box->parentWidget(); w; w = w->parentWidget())
            if (auto* area = qobject_cast<QAbstractScrollArea*>(w)) {
                QWidget* viewport = area->viewport();
                QWheelEvent scroll(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                                   wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                                   wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source(),
                                   wheel->pointingDevice());
                QCoreApplication::sendEvent(viewport, &scroll);
                break;
            }
        return true;
    }
};

/// Focus by click or Tab only (not by the wheel), and the wheel only with focus (WheelGuard).
void guardWheel(QWidget* box) {
    box->setFocusPolicy(Qt::StrongFocus);
    box->installEventFilter(new WheelGuard(box));
}

} // namespace

// --- Editors
// --------------------------------------------------------------------------------------------------

/// Edits one or more keys of its parent object and shows the issues under them.
class Editor {
public:
    virtual ~Editor() = default;
    virtual QWidget* widget() = 0;
    /// Label for the form row ("" for editors that span the row and label themselves).
    virtual QString rowLabel() const { return {}; }
    virtual QString rowTip() const { return {}; }
    /// Whether the editor spans the form's width (tables, groups, lists) instead of filling a labelled row.
    virtual bool spans() const { return true; }
    virtual void readFrom(const Json& parent) = 0;
    virtual void writeInto(Json& parent) const = 0;
    virtual std::string mainPath() const = 0;
    virtual bool claims(const std::string& issuePath) const { return pathUnder(issuePath, mainPath()); }
    virtual void children(std::vector<Editor*>& out) { (void)out; }
    /// Shows `issues` (the ones this editor claimed and no child did).
    virtual void showIssues(const std::vector<Issue>& issues) {
        m_shown = issues;
        if (m_issueLabel) {
            m_issueLabel->setText(issueText(issues));
            m_issueLabel->setVisible(!issues.empty());
        }
    }
    const std::vector<Issue>& shownIssues() const { return m_shown; }
    QLabel* issueLabel() const { return m_issueLabel; }
    /// Sets the value of `path` (below this editor) as if typed; false if this editor does not hold it.
    virtual bool setAt(const std::string& path, const Json& v) {
        (void)path, (void)v;
        return false;
    }

    std::function<void()> onChange;

protected:
    void changed() const {
        if (onChange) onChange();
    }
    QLabel* m_issueLabel = nullptr;
    std::vector<Issue> m_shown;
};

/// An editor of one key of its parent object (a table: of sibling keys, the first one naming it). It holds
/// the key's Param and JSON path, its box (widget(): a vertical layout with the issue label), the lookup of
/// its value and the naming of its widgets by path; each editor only builds and reads its own widgets.
class KeyedEditor : public Editor {
public:
    QWidget* widget() override { return m_box; }
    QString rowLabel() const override { return m_p.label.empty() ? qs(m_p.key) : tre(m_p.label); }
    QString rowTip() const override { return tre(m_p.help); }
    std::string mainPath() const override {
        // List items are edited as a Variant whose key is "[i]": their path is "list[i]", not "list.[i]".
        return !m_p.key.empty() && m_p.key[0] == '[' ? m_base + m_p.key : joinPath(m_base, m_p.key);
    }
    const Param& param() const { return m_p; }

protected:
    /// `box` (a plain widget or a group box) becomes widget(); the editor fills m_layout and puts
    /// m_issueLabel where its issues belong.
    KeyedEditor(const Param& p, std::string base, QWidget* box, int spacing, int margin = 0)
        : m_p(p), m_base(std::move(base)), m_box(box), m_layout(new QVBoxLayout(box)) {
        m_layout->setContentsMargins(margin, margin, margin, margin);
        m_layout->setSpacing(spacing);
        m_issueLabel = makeIssueLabel(box);
    }
    /// The key's value in `parent`, or its default.
    Json valueIn(const Json& parent) const {
        return parent.is_object() && parent.contains(m_p.key) ? parent.at(m_p.key) : m_p.defaultValue;
    }
    /// Names `w` by the JSON path (plus `suffix`): ParamForm::fieldWidget and the tests find it so.
    void nameByPath(QWidget* w, const char* suffix = "") const {
        w->setObjectName(qs(mainPath()) + QLatin1String(suffix));
    }

    const Param& m_p;
    std::string m_base;
    QWidget* m_box;
    QVBoxLayout* m_layout;
};

// --- Scalars
// --------------------------------------------------------------------------------------------------

/// Slider mode (ParamForm::setSliderMode): each Int and Real field gets a slider under its spin box. Its
/// scale is the parameter's range when that is narrow (ε in [0, 1]), otherwise a window of a factor 10 either
/// side of the value when the slider appears (horizon 10 000: 1 000 to 100 000), logarithmic when the scale
/// spans two decades or more. Values are rounded to 3 significant digits (integers to integers).
struct SliderScale {
    double lo = 0, hi = 1;
    bool log = false, integer = false;
};

SliderScale sliderScaleFor(const Param& p, double v) {
    SliderScale s;
    s.integer = p.type == ParamType::Int;
    double lo = p.min, hi = p.max;
    if (s.integer) {
        if (std::isfinite(lo) && p.minExclusive) lo = std::floor(lo) + 1;
        if (std::isfinite(hi) && p.maxExclusive) hi = std::ceil(hi) - 1;
    }
    if (std::isfinite(lo) && std::isfinite(hi) && hi > lo && (lo <= 0 ? hi - lo <= 100 : hi / lo <= 1e4)) {
        s.lo = lo;
        s.hi = hi;
    } else {
        if (!std::isfinite(v)) v = std::isfinite(lo) ? lo : 0;
        s.lo = v > 0 ? v / 10 : v - 10;
        s.hi = v > 0 ? v * 10 : v + 10;
        if (std::isfinite(lo)) s.lo = std::max(s.lo, lo);
        if (std::isfinite(hi)) s.hi = std::min(s.hi, hi);
        if (s.integer) {
            s.lo = std::ceil(s.lo);
            s.hi = std::max(std::floor(s.hi), s.lo + 1);
        }
    }
    if (p.minExclusive && s.lo == p.min && !s.integer)
        s.lo = s.lo > 0 ? s.lo * 1.001 : s.lo + 1e-3 * (s.hi - s.lo);
    if (p.maxExclusive && s.hi == p.max && !s.integer) s.hi -= 1e-3 * (s.hi - s.lo);
    s.log = s.lo > 0 && s.hi / s.lo >= 100;
    return s;
}

constexpr int kSliderTicks = 1000;

double sliderValue(const SliderScale& s, int tick) {
    const double t = double(tick) / kSliderTicks;
    double v = s.log ? s.lo * std::pow(s.hi / s.lo, t) : s.lo + (s.hi - s.lo) * t;
    if (s.integer) return std::clamp(std::round(v), s.lo, s.hi);
    if (v != 0) {
        const double scale = std::pow(10.0, std::floor(std::log10(std::fabs(v))) - 2);
        v = std::round(v / scale) * scale;
    }
    return std::clamp(v, s.lo, s.hi);
}

int sliderTick(const SliderScale& s, double v) {
    const double t =
        s.log ? std::log(std::max(v, s.lo) / s.lo) / std::log(s.hi / s.lo) : (v - s.lo) / (s.hi - s.lo);
    return int(std::lround(std::clamp(t, 0.0, 1.0) * kSliderTicks));
}

/// A slider that tells its editor when it is about to be shown (the editor fits its scale to the value then).
class ValueSlider : public QSlider {
public:
    using QSlider::QSlider;
    std::function<void()> aboutToShow;

protected:
    void showEvent(QShowEvent* e) override {
        if (aboutToShow) aboutToShow();
        QSlider::showEvent(e);
    }
};

class ScalarEditor : public KeyedEditor {
public:
    ScalarEditor(const Param& p, const std::string& base, QWidget* parent)
        : KeyedEditor(p, base, new QWidget(parent), 2) {
        const bool optionalBlank = !p.required && p.defaultValue.is_null();
        const QString suffix = p.unit.empty() ? QString() : QStringLiteral(" ") + tre(p.unit);
        const double intMin = double(std::numeric_limits<int>::min()),
                     intMax = double(std::numeric_limits<int>::max());
        switch (p.type) {
        case ParamType::Int:
            // Spin boxes hold ints: larger maxima are capped (a stored larger value is kept as given, see
            // readFrom).
            if (!optionalBlank && std::isfinite(p.min) && p.min >= intMin && p.min < intMax) {
                m_spin = new QSpinBox(m_box);
                const double hi = std::isfinite(p.max) ? std::min(p.max, intMax) : intMax;
                m_spin->setRange(int(p.min) + (p.minExclusive ? 1 : 0),
                                 int(hi) - (p.maxExclusive && hi == p.max ? 1 : 0));
                m_spin->setSuffix(suffix);
                m_spin->setGroupSeparatorShown(hi >= 10000);
                m_spin->setAccelerated(true);
                m_spin->setKeyboardTracking(false);
                QObject::connect(m_spin, &QSpinBox::valueChanged, m_box, [this] { edited(); });
                m_widget = m_spin;
            }
            break;
        case ParamType::Real:
            if (!optionalBlank) {
                m_dspin = new RealSpinBox(m_box);
                m_dspin->setDecimals(12);
                m_dspin->setRange(std::isfinite(p.min) ? p.min : -1e15, std::isfinite(p.max) ? p.max : 1e15);
                double step = 0.1;
                if (std::isfinite(p.min) && std::isfinite(p.max) && p.max > p.min)
                    step = std::pow(10.0, std::floor(std::log10((p.max - p.min) / 20.0)));
                m_dspin->setSingleStep(step);
                m_dspin->setSuffix(suffix);
                m_dspin->setKeyboardTracking(false);
                QObject::connect(m_dspin, &QDoubleSpinBox::valueChanged, m_box, [this] { edited(); });
                m_widget = m_dspin;
            }
            break;
        case ParamType::Bool:
            m_check = new QCheckBox(m_box);
            QObject::connect(m_check, &QCheckBox::toggled, m_box, [this] { edited(); });
            m_widget = m_check;
            break;
        case ParamType::Enum:
            m_combo = new QComboBox(m_box);
            if (optionalBlank) m_combo->addItem(QObject::tr("(not set)"), QString());
            for (const auto& c : p.choices) m_combo->addItem(qs(c), qs(c));
            QObject::connect(m_combo, &QComboBox::currentIndexChanged, m_box, [this] { edited(); });
            m_widget = m_combo;
            break;
        default:
            break;
        }
        if (!m_widget) {
            m_line = new QLineEdit(m_box);
            if (optionalBlank) m_line->setPlaceholderText(QObject::tr("optional"));
            QObject::connect(m_line, &QLineEdit::textEdited, m_box, [this] { edited(); });
            m_widget = m_line;
        }
        if (m_spin || m_dspin || m_combo) guardWheel(m_widget);
        nameByPath(m_widget);
        m_widget->setToolTip(tre(p.help));
        m_layout->addWidget(m_widget);
        if (m_spin || m_dspin) {
            m_slider = new ValueSlider(Qt::Horizontal, m_box);
            m_slider->setRange(0, kSliderTicks);
            m_slider->setObjectName(qs(mainPath()) + QStringLiteral("#slider"));
            m_slider->setVisible(false);
            m_slider->aboutToShow = [this] { fitSlider(); };
            QObject::connect(m_slider, &QSlider::valueChanged, m_box, [this](int tick) {
                if (m_syncing) return;
                const double v = sliderValue(m_scale, tick);
                m_syncing = true;
                if (m_spin)
                    m_spin->setValue(int(v));
                else
                    m_dspin->setValue(v);
                m_syncing = false;
            });
            auto follow = [this] {
                if (m_syncing || !m_slider->isVisibleTo(m_box)) return;
                const double v = m_spin ? double(m_spin->value()) : m_dspin->value();
                if (v < m_scale.lo || v > m_scale.hi) fitSlider();
                const QSignalBlocker block(m_slider);
                m_slider->setValue(sliderTick(m_scale, v));
            };
            if (m_spin) QObject::connect(m_spin, &QSpinBox::valueChanged, m_box, follow);
            if (m_dspin) QObject::connect(m_dspin, &QDoubleSpinBox::valueChanged, m_box, follow);
            m_layout->addWidget(m_slider);
        }
        m_layout->addWidget(m_issueLabel);
    }
    bool spans() const override { return false; }
    void showSlider(bool on) {
        if (!m_slider || m_slider->isVisibleTo(m_box) == on) return;
        if (on) fitSlider();
        m_slider->setVisible(on);
    }

    /// Fits the slider's scale to the current value and puts the handle there.
    void fitSlider() {
        const double v = m_spin ? double(m_spin->value()) : m_dspin->value();
        m_scale = sliderScaleFor(m_p, v);
        const QSignalBlocker block(m_slider);
        m_slider->setValue(sliderTick(m_scale, v));
        m_slider->setToolTip(QObject::tr("%1 to %2%3")
                                 .arg(QLocale().toString(m_scale.lo, 'g', 4),
                                      QLocale().toString(m_scale.hi, 'g', 4),
                                      m_scale.log ? QObject::tr(" (logarithmic)") : QString()));
    }

    void readFrom(const Json& parent) override {
        const Json v = valueIn(parent);
        QSignalBlocker b(m_widget);
        if (m_spin)
            m_spin->setValue(v.is_number() ? int(v.get<double>()) : m_spin->minimum());
        else if (m_dspin)
            m_dspin->setValue(v.is_number() ? v.get<double>() : 0.0);
        else if (m_check)
            m_check->setChecked(v.is_boolean() && v.get<bool>());
        else if (m_combo)
            m_combo->setCurrentIndex(v.is_string() ? m_combo->findData(qs(v.get<std::string>()))
                                                   : m_combo->findData(QString()));
        else if (m_line)
            m_line->setText(m_p.type == ParamType::String
                                ? (v.is_string() ? qs(v.get<std::string>()) : QString())
                                : numberText(v));
        // Values a widget cannot hold (out of a spin box's range, non-numbers) are kept as given, so
        // validation still reports them until the user edits the field.
        m_raw = v;
        m_useRaw = !v.is_null() && !representable(v);
    }
    void writeInto(Json& parent) const override {
        if (m_useRaw) {
            parent[m_p.key] = m_raw;
            return;
        }
        if (m_spin)
            parent[m_p.key] = std::int64_t(m_spin->value());
        else if (m_dspin)
            parent[m_p.key] = m_dspin->value();
        else if (m_check)
            parent[m_p.key] = m_check->isChecked();
        else if (m_combo) {
            const QString d = m_combo->currentIndex() >= 0 ? m_combo->currentData().toString() : QString();
            if (!d.isEmpty()) parent[m_p.key] = d.toStdString();
        } else if (m_line) {
            const QString t = m_line->text();
            if (m_p.type == ParamType::String) {
                if (!t.isEmpty() || m_p.required) parent[m_p.key] = t.toStdString();
            } else {
                Json v = parseNumber(t, m_p.type == ParamType::Int);
                if (!v.is_null()) parent[m_p.key] = v;
            }
        }
    }
    bool setAt(const std::string& path, const Json& v) override {
        if (path != mainPath()) return false;
        readFrom(Json{{m_p.key, v}});
        changed();
        return true;
    }

private:
    void edited() {
        m_useRaw = false;
        changed();
    }
    bool representable(const Json& v) const {
        if (m_spin)
            return v.is_number() && v.get<double>() >= m_spin->minimum() &&
                   v.get<double>() <= m_spin->maximum() && std::floor(v.get<double>()) == v.get<double>();
        if (m_dspin)
            return v.is_number() && v.get<double>() >= m_dspin->minimum() &&
                   v.get<double>() <= m_dspin->maximum();
        if (m_check) return v.is_boolean();
        if (m_combo) return v.is_string() && m_combo->findData(qs(v.get<std::string>())) >= 0;
        return v.is_string() || v.is_number();
    }

    QWidget* m_widget = nullptr;
    QSpinBox* m_spin = nullptr;
    QDoubleSpinBox* m_dspin = nullptr;
    ValueSlider* m_slider = nullptr;
    SliderScale m_scale;
    bool m_syncing = false;
    QCheckBox* m_check = nullptr;
    QComboBox* m_combo = nullptr;
    QLineEdit* m_line = nullptr;
    Json m_raw;
    bool m_useRaw = false;
};

// --- JSON text (matrices, object lists)
// -----------------------------------------------------------------------

class JsonEditor : public KeyedEditor {
public:
    JsonEditor(const Param& p, const std::string& base, QWidget* parent)
        : KeyedEditor(p, base, new QWidget(parent), 2) {
        m_line = new QLineEdit(m_box);
        nameByPath(m_line);
        m_line->setToolTip(tre(p.help) + QObject::tr(" (JSON)"));
        m_line->setPlaceholderText(QObject::tr("JSON, e.g. [[0.1, 0.2], [0.3, 0.4]]"));
        QObject::connect(m_line, &QLineEdit::textEdited, m_box, [this] { changed(); });
        m_layout->addWidget(m_line);
        m_layout->addWidget(m_issueLabel);
    }
    bool spans() const override { return false; }
    void readFrom(const Json& parent) override {
        const Json v = valueIn(parent);
        m_line->setText(v.is_null() ? QString() : qs(v.dump()));
    }
    void writeInto(Json& parent) const override {
        const std::string t = m_line->text().trimmed().toStdString();
        if (t.empty()) return;
        Json v = Json::parse(t, nullptr, false);
        parent[m_p.key] = v.is_discarded() ? Json(t) : v;
    }

private:
    QLineEdit* m_line = nullptr;
};

// --- Tables of sibling lists (per-arm means and variances, ...)
// -------------------------------------------------

class TableEditor : public KeyedEditor {
public:
    TableEditor(std::vector<const Param*> lists, const std::string& base, QWidget* parent)
        : KeyedEditor(*lists.front(), base, new QWidget(parent), 3), m_lists(std::move(lists)) {
        auto* head = new QHBoxLayout;
        auto* title = new QLabel(m_box);
        QStringList names;
        for (const Param* p : m_lists) names << (p->label.empty() ? qs(p->key) : tre(p->label));
        title->setText(names.join(QStringLiteral(" · ")));
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        head->addWidget(title);
        head->addStretch(1);
        m_count = new QLabel(m_box);
        setMutedText(m_count);
        head->addWidget(m_count);
        auto* add = new QToolButton(m_box);
        add->setText(QStringLiteral("+"));
        add->setToolTip(QObject::tr("Add a row (copies the last one)"));
        nameByPath(add, ":add");
        auto* remove = new QToolButton(m_box);
        remove->setText(QStringLiteral("−"));
        remove->setToolTip(QObject::tr("Remove the selected rows (or the last one)"));
        nameByPath(remove, ":remove");
        head->addWidget(add);
        head->addWidget(remove);
        m_layout->addLayout(head);

        m_table = new QTableWidget(0, int(m_lists.size()), m_box);
        nameByPath(m_table);
        QStringList headers;
        QString tip;
        for (const Param* p : m_lists) {
            QString h = p->label.empty() ? qs(p->key) : tre(p->label);
            if (!p->unit.empty()) h += QStringLiteral(" (") + tre(p->unit) + QStringLiteral(")");
            headers << h;
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + qs(p->key) + QStringLiteral(": ") +
                   tre(p->help);
        }
        m_table->setHorizontalHeaderLabels(headers);
        m_table->setToolTip(tip);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_table->setAlternatingRowColors(true);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
        QObject::connect(m_table, &QTableWidget::itemChanged, m_box, [this](QTableWidgetItem* it) {
            if (m_filling) return;
            if (!m_cellSyncing && it && it->row() == m_cellRow && it->column() == m_cellColumn)
                followCell(); // typed into the cell the slider edits
            changed();
        });
        m_layout->addWidget(m_table);
        buildCellSlider();
        m_layout->addWidget(m_issueLabel);

        QObject::connect(add, &QToolButton::clicked, m_box, [this] {
            const int r = m_table->rowCount();
            m_filling = true;
            m_table->insertRow(r);
            for (int c = 0; c < m_table->columnCount(); ++c)
                setCell(r, c,
                        r > 0 && m_table->item(r - 1, c) ? m_table->item(r - 1, c)->text() : itemDefault(c));
            m_filling = false;
            rowsChanged();
            changed();
        });
        QObject::connect(remove, &QToolButton::clicked, m_box, [this] {
            std::set<int> rows;
            for (const auto& idx : m_table->selectionModel()->selectedRows()) rows.insert(idx.row());
            if (rows.empty() && m_table->rowCount() > 0) rows.insert(m_table->rowCount() - 1);
            for (auto it = rows.rbegin(); it != rows.rend(); ++it) m_table->removeRow(*it);
            rowsChanged();
            changed();
        });
    }
    bool claims(const std::string& ip) const override {
        for (const Param* p : m_lists)
            if (pathUnder(ip, joinPath(m_base, p->key))) return true;
        return false;
    }
    /// A column shorter than the table (a list not given, e.g. the variances after switching to Gaussian
    /// arms) shows its Param::itemDefault in the missing cells, when the spec gives one.
    void readFrom(const Json& parent) override {
        m_filling = true;
        std::size_t rows = 0;
        std::vector<Json> cols;
        for (const Param* p : m_lists) {
            Json v = parent.is_object() && parent.contains(p->key) ? parent.at(p->key) : p->defaultValue;
            if (!v.is_array()) v = Json::array();
            rows = std::max(rows, v.size());
            cols.push_back(v);
        }
        m_table->setRowCount(int(rows));
        for (int c = 0; c < int(cols.size()); ++c)
            for (int r = 0; r < int(rows); ++r) {
                const Json& v = cols[std::size_t(c)];
                setCell(r, c, std::size_t(r) < v.size() ? numberText(v[std::size_t(r)]) : itemDefault(c));
            }
        m_filling = false;
        rowsChanged();
        if (m_cellRowWidget->isVisibleTo(m_box)) fitCell();
    }
    /// A column with no rows, or an optional one left entirely blank, is not given (or [] when that is its
    /// default).
    void writeInto(Json& parent) const override {
        for (int c = 0; c < int(m_lists.size()); ++c) {
            const Param* p = m_lists[std::size_t(c)];
            Json arr = Json::array();
            bool anyValue = false;
            for (int r = 0; r < m_table->rowCount(); ++r) {
                const QTableWidgetItem* it = m_table->item(r, c);
                Json v = parseNumber(it ? it->text() : QString(), p->type == ParamType::IntList);
                anyValue = anyValue || !v.is_null();
                arr.push_back(v.is_null() ? Json(std::string()) : v);
            }
            if (arr.empty() || (!anyValue && !p->required)) {
                // Not given, unless its default is the empty list: then [] is the value (as withDefaults
                // fills).
                if (p->defaultValue.is_array() && p->defaultValue.empty()) parent[p->key] = Json::array();
                continue;
            }
            parent[p->key] = arr;
        }
    }
    void showIssues(const std::vector<Issue>& issues) override {
        Editor::showIssues(issues);
        m_filling = true;
        for (int r = 0; r < m_table->rowCount(); ++r)
            for (int c = 0; c < m_table->columnCount(); ++c)
                if (auto* it = m_table->item(r, c)) {
                    const std::string cell =
                        indexPath(joinPath(m_base, m_lists[std::size_t(c)]->key), std::size_t(r));
                    std::vector<Issue> mine;
                    for (const auto& i : issues)
                        if (pathUnder(i.path, cell)) mine.push_back(i);
                    it->setBackground(mine.empty() ? QBrush() : QColor(0xfb, 0xe3, 0xd6));
                    it->setToolTip(issueText(mine));
                }
        m_filling = false;
    }
    bool setAt(const std::string& path, const Json& v) override {
        for (int c = 0; c < int(m_lists.size()); ++c) {
            const std::string col = joinPath(m_base, m_lists[std::size_t(c)]->key);
            if (path.rfind(col + "[", 0) != 0) continue;
            const int r = std::stoi(path.substr(col.size() + 1));
            if (r < 0 || r >= m_table->rowCount()) return false;
            m_table->item(r, c)->setText(v.is_string() ? qs(v.get<std::string>())
                                                       : qs(v.dump())); // emits change
            return true;
        }
        return false;
    }

    /// Slider mode: a slider under the table edits the current cell (the first one when none is current),
    /// on the scale a scalar field of the column's range would get (sliderScaleFor), fitted to the cell's
    /// value when the cell becomes current.
    void showSlider(bool on) {
        if (m_cellRowWidget->isVisibleTo(m_box) == on) return;
        m_cellRowWidget->setVisible(on);
        if (on) fitCell();
    }

private:
    void buildCellSlider() {
        m_cellRowWidget = new QWidget(m_box);
        auto* row = new QHBoxLayout(m_cellRowWidget);
        row->setContentsMargins(0, 0, 0, 0);
        m_cellLabel = new QLabel(m_cellRowWidget);
        setMutedText(m_cellLabel);
        m_cellSlider = new ValueSlider(Qt::Horizontal, m_cellRowWidget);
        m_cellSlider->setRange(0, kSliderTicks);
        nameByPath(m_cellSlider, "#cellSlider");
        row->addWidget(m_cellLabel);
        row->addWidget(m_cellSlider, 1);
        m_cellRowWidget->setVisible(false);
        m_layout->addWidget(m_cellRowWidget);
        QObject::connect(m_table, &QTableWidget::currentCellChanged, m_box, [this] {
            if (m_cellRowWidget->isVisibleTo(m_box)) fitCell();
        });
        QObject::connect(m_cellSlider, &QSlider::valueChanged, m_box, [this](int tick) {
            QTableWidgetItem* it = m_table->item(m_cellRow, m_cellColumn);
            if (m_cellSyncing || !it) return;
            const double v = sliderValue(m_cellScale, tick);
            m_cellSyncing = true;
            it->setText(numberText(m_cellScale.integer ? Json(std::int64_t(v)) : Json(v))); // emits change
            m_cellSyncing = false;
        });
    }
    /// Column `column`'s items as a scalar parameter: its range and integer-ness.
    Param cellParam(int column) const {
        Param cell = *m_lists[std::size_t(column)];
        cell.type = cell.type == ParamType::IntList ? ParamType::Int : ParamType::Real;
        return cell;
    }
    /// The cell the slider edits: the current one, else the first.
    void fitCell() {
        m_cellRow = m_table->currentRow();
        m_cellColumn = m_table->currentColumn();
        if (m_cellRow < 0 || m_cellColumn < 0) m_cellRow = 0, m_cellColumn = 0;
        const bool any = m_cellRow < m_table->rowCount() && m_cellColumn < m_table->columnCount();
        m_cellSlider->setEnabled(any);
        if (!any) {
            m_cellLabel->clear();
            return;
        }
        const Param& list = *m_lists[std::size_t(m_cellColumn)];
        const Param cell = cellParam(m_cellColumn);
        const QTableWidgetItem* it = m_table->item(m_cellRow, m_cellColumn);
        const Json v = parseNumber(it ? it->text() : QString(), cell.type == ParamType::Int);
        m_cellScale = sliderScaleFor(cell, v.is_number() ? v.get<double>() : std::nan(""));
        const QString name = m_table->verticalHeaderItem(m_cellRow)
                                 ? m_table->verticalHeaderItem(m_cellRow)->text()
                                 : QString::number(m_cellRow);
        m_cellLabel->setText(
            QObject::tr("%1 · %2:").arg(name, list.label.empty() ? qs(list.key) : tre(list.label)));
        m_cellSlider->setToolTip(QObject::tr("%1 to %2%3")
                                     .arg(QLocale().toString(m_cellScale.lo, 'g', 4),
                                          QLocale().toString(m_cellScale.hi, 'g', 4),
                                          m_cellScale.log ? QObject::tr(" (logarithmic)") : QString()));
        followCell();
    }
    /// The handle at the cell's value (a typed value off the scale refits it).
    void followCell() {
        const QTableWidgetItem* it = m_table->item(m_cellRow, m_cellColumn);
        const Json v = parseNumber(it ? it->text() : QString(), m_cellScale.integer);
        if (!v.is_number()) return;
        const double x = v.get<double>();
        if (x < m_cellScale.lo || x > m_cellScale.hi)
            m_cellScale = sliderScaleFor(cellParam(m_cellColumn), x);
        const QSignalBlocker block(m_cellSlider);
        m_cellSlider->setValue(sliderTick(m_cellScale, x));
    }

    QString itemDefault(int column) const { return numberText(m_lists[std::size_t(column)]->itemDefault); }
    void setCell(int r, int c, const QString& text) {
        auto* it = new QTableWidgetItem(text);
        it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, c, it);
    }
    /// Row headers name the items as the JSON paths count them, from 0 ("Arm 0" is means[0]); the height
    /// shows 3 to 6 rows.
    void rowsChanged() {
        QString item;
        for (const Param* p : m_lists)
            if (item.isEmpty()) item = tre(p->itemName);
        if (!item.isEmpty()) item = item.left(1).toUpper() + item.mid(1) + QLatin1Char(' ');
        QStringList names;
        for (int r = 0; r < m_table->rowCount(); ++r) names << item + QString::number(r);
        m_table->setVerticalHeaderLabels(names);
        const int rows = std::clamp(m_table->rowCount(), 3, 6);
        const int h = m_table->horizontalHeader()->sizeHint().height() +
                      rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 2;
        m_table->setFixedHeight(h);
        m_count->setText(QObject::tr("%n row(s)", nullptr, m_table->rowCount()));
    }

    std::vector<const Param*> m_lists;
    QTableWidget* m_table = nullptr;
    QLabel* m_count = nullptr;
    bool m_filling = false;
    QWidget* m_cellRowWidget = nullptr;
    QLabel* m_cellLabel = nullptr;
    ValueSlider* m_cellSlider = nullptr;
    SliderScale m_cellScale;
    int m_cellRow = 0, m_cellColumn = 0;
    bool m_cellSyncing = false;
};

// --- A set of fields of one object
// ----------------------------------------------------------------------------

/// The editors of an object's fields, in form rows (folded under Advanced for advanced fields) or spanning
/// the width. A field that applies only with a certain choice of another (Param::onlyWhen) is shown only
/// then, and left out of the object otherwise.
class FieldsPanel {
public:
    FieldsPanel(std::vector<const Param*> fields, std::string base, QWidget* parent,
                std::vector<std::string> skipKeys);
    QWidget* widget() const { return m_widget; }
    void readFrom(const Json& obj) {
        for (auto& r : m_rows) r.editor->readFrom(obj);
        m_extra = Json::object();
        if (obj.is_object())
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                bool known = false;
                for (const Param* p : m_fields) known = known || p->key == it.key();
                for (const auto& k : m_skip) known = known || k == it.key();
                if (!known) m_extra[it.key()] = it.value();
            }
        showApplicable();
    }
    void writeInto(Json& obj) const {
        for (const auto& r : m_rows) r.editor->writeInto(obj);
        for (auto it = m_extra.begin(); it != m_extra.end(); ++it) obj[it.key()] = it.value();
        for (const Param* p : m_fields)
            if (ParamSpec::applies(*p, obj, m_fields) == false) obj.erase(p->key);
    }
    void children(std::vector<Editor*>& out) const {
        for (const auto& r : m_rows) out.push_back(r.editor.get());
    }
    bool setAt(const std::string& path, const Json& v) {
        for (auto& r : m_rows)
            if (r.editor->setAt(path, v)) return true;
        return false;
    }
    void setOnChange(const std::function<void()>& f) {
        for (auto& r : m_rows)
            r.editor->onChange = [this, f] {
                showApplicable();
                f();
            };
    }

private:
    struct Row {
        std::unique_ptr<KeyedEditor> editor;
        QFormLayout* form = nullptr; ///< the form layout holding its row; null for spanning editors
    };
    void showApplicable() {
        bool conditional = false;
        for (const Param* p : m_fields) conditional = conditional || !p->whenKey.empty();
        if (!conditional) return;
        Json obj = Json::object();
        for (const auto& r : m_rows) r.editor->writeInto(obj);
        for (auto& r : m_rows) {
            const bool on = ParamSpec::applies(r.editor->param(), obj, m_fields) != false;
            if (r.form)
                r.form->setRowVisible(r.editor->widget(), on);
            else
                r.editor->widget()->setVisible(on);
        }
    }

    std::vector<const Param*> m_fields;
    std::string m_base;
    QWidget* m_widget = nullptr;
    std::vector<Row> m_rows;
    std::vector<std::string> m_skip;
    Json m_extra = Json::object();
};

// --- Objects and variants
// -------------------------------------------------------------------------------------

class ObjectEditor : public KeyedEditor {
public:
    ObjectEditor(const Param& p, const std::string& base, QWidget* parent)
        : KeyedEditor(p, base, new QGroupBox(p.label.empty() ? qs(p.key) : tre(p.label), parent), 6, 8) {
        m_box->setToolTip(tre(p.help));
        nameByPath(m_box);
        m_typeRow = new QHBoxLayout;
        m_layout->addLayout(m_typeRow);
        m_fieldsHost = new QVBoxLayout;
        m_fieldsHost->setContentsMargins(0, 0, 0, 0);
        m_layout->addLayout(m_fieldsHost);
        m_layout->addWidget(m_issueLabel);
        if (p.type == ParamType::Variant) {
            m_typeCombo = new QComboBox(m_box);
            nameByPath(m_typeCombo, ".type");
            guardWheel(m_typeCombo);
            for (const auto& v : p.variants) {
                m_typeCombo->addItem(v.label.empty() ? qs(v.type) : tre(v.label), qs(v.type));
                m_typeCombo->setItemData(m_typeCombo->count() - 1, tre(v.help), Qt::ToolTipRole);
            }
            m_typeRow->addWidget(new QLabel(QObject::tr("Type"), m_box));
            m_typeRow->addWidget(m_typeCombo, 1);
            QObject::connect(m_typeCombo, &QComboBox::currentIndexChanged, m_box, [this] { switchType(); });
        }
        rebuildFields(Json::object());
    }
    QGroupBox* group() const { return static_cast<QGroupBox*>(m_box); }
    void children(std::vector<Editor*>& out) override {
        if (m_panel) m_panel->children(out);
    }
    void readFrom(const Json& parent) override {
        const Json v = valueIn(parent);
        if (m_typeCombo) {
            QSignalBlocker b(m_typeCombo);
            const int i = v.is_object() && v.contains("type") && v["type"].is_string()
                              ? m_typeCombo->findData(qs(v["type"].get<std::string>()))
                              : -1;
            m_typeCombo->setCurrentIndex(std::max(0, i));
        }
        m_kept = Json::object();
        rebuildFields(v.is_object() ? v : Json::object());
        m_badType = m_typeCombo && v.is_object() && v.contains("type") &&
                            m_typeCombo->findData(v["type"].is_string() ? qs(v["type"].get<std::string>())
                                                                        : QString()) < 0
                        ? v["type"]
                        : Json();
        m_present = !v.is_null();
    }
    void writeInto(Json& parent) const override {
        if (!m_present && !m_p.required && m_p.defaultValue.is_null() && !m_touched) return;
        Json obj = Json::object();
        if (m_typeCombo)
            obj["type"] =
                m_badType.is_null() ? Json(m_typeCombo->currentData().toString().toStdString()) : m_badType;
        if (m_panel) m_panel->writeInto(obj);
        parent[m_p.key] = obj;
    }
    bool setAt(const std::string& path, const Json& v) override {
        if (m_typeCombo && path == joinPath(mainPath(), "type")) {
            const int i = v.is_string() ? m_typeCombo->findData(qs(v.get<std::string>())) : -1;
            if (i < 0) return false;
            m_typeCombo->setCurrentIndex(i);
            return true;
        }
        return m_panel && m_panel->setAt(path, v);
    }

private:
    std::string currentType() const {
        return m_typeCombo ? m_typeCombo->currentData().toString().toStdString() : std::string();
    }
    /// The fields of the current type (a variant's own, then the shared ones).
    std::vector<const Param*> fields() const {
        std::vector<const Param*> out;
        if (const VariantSpec* var = m_typeCombo ? ParamSpec::variant(m_p, currentType()) : nullptr)
            for (const auto& f : var->fields) out.push_back(&f);
        for (const auto& f : m_p.fields) out.push_back(&f);
        return out;
    }
    /// A new type keeps no key of the old one: the old type's values are kept aside and come back with
    /// it; the new type's fields take their own earlier values (shared fields: the current ones) or their
    /// defaults.
    void switchType() {
        Json old = Json::object();
        m_panel->writeInto(old);
        for (const Param* f : m_fields) {
            if (old.contains(f->key))
                m_kept[f->key] = old[f->key];
            else if (ParamSpec::applies(*f, old, m_fields) != false) // cleared, not merely not applying
                m_kept.erase(f->key);
        }
        Json values = Json::object();
        for (const Param* f : fields())
            if (m_kept.contains(f->key)) values[f->key] = m_kept[f->key];
        m_badType = Json();
        rebuildFields(values);
        m_touched = true;
        changed();
    }
    void rebuildFields(const Json& values) {
        m_fields = fields();
        if (const VariantSpec* var = m_typeCombo ? ParamSpec::variant(m_p, currentType()) : nullptr)
            m_typeCombo->setToolTip(tre(var->help));
        if (m_panel) {
            delete m_panel->widget();
            m_panel.reset();
        }
        m_panel =
            std::make_unique<FieldsPanel>(m_fields, mainPath(), m_box, std::vector<std::string>{"type"});
        m_fieldsHost->addWidget(m_panel->widget());
        m_panel->readFrom(values);
        m_panel->setOnChange([this] {
            m_touched = true;
            changed();
        });
    }

    QHBoxLayout* m_typeRow = nullptr;
    QVBoxLayout* m_fieldsHost = nullptr;
    QComboBox* m_typeCombo = nullptr;
    std::vector<const Param*> m_fields;
    std::unique_ptr<FieldsPanel> m_panel;
    Json m_kept = Json::object(); ///< values of other types, by key, for when their type comes back
    Json m_badType;
    bool m_present = false;
    bool m_touched = false;
};

// --- The list of compared variants (policies)
// -----------------------------------------------------------------

class VariantListEditor : public KeyedEditor {
public:
    VariantListEditor(const Param& p, const std::string& base, QWidget* parent)
        : KeyedEditor(p, base, new QWidget(parent), 4) {
        auto* head = new QHBoxLayout;
        auto* title = new QLabel(p.label.empty() ? qs(p.key) : tre(p.label), m_box);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        title->setToolTip(tre(p.help));
        head->addWidget(title);
        head->addStretch(1);
        auto button = [&](const QString& text, const QString& tip, const char* name) {
            auto* b = new QToolButton(m_box);
            b->setText(text);
            b->setToolTip(tip);
            nameByPath(b, name);
            head->addWidget(b);
            return b;
        };
        auto* add = button(QObject::tr("Add"), QObject::tr("Add a policy to compare"), ":add");
        add->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(add);
        for (const auto& v : p.variants) {
            QAction* a = menu->addAction(v.label.empty() ? qs(v.type) : tre(v.label));
            a->setToolTip(tre(v.help));
            a->setData(qs(v.type));
            QObject::connect(a, &QAction::triggered, m_box, [this, t = v.type] { addItem(t); });
        }
        add->setMenu(menu);
        auto* dup = button(QObject::tr("Copy"), QObject::tr("Duplicate the selected policy"), ":copy");
        auto* rem = button(QObject::tr("Remove"), QObject::tr("Remove the selected policy"), ":remove");
        auto* up = button(QStringLiteral("↑"), QObject::tr("Move the selected policy up"), ":up");
        auto* down = button(QStringLiteral("↓"), QObject::tr("Move the selected policy down"), ":down");
        m_layout->addLayout(head);

        m_list = new QListWidget(m_box);
        nameByPath(m_list);
        m_list->setToolTip(tre(p.help));
        m_list->setIconSize(QSize(12, 12));
        m_list->setDragDropMode(QAbstractItemView::InternalMove);
        m_list->setSelectionMode(QAbstractItemView::SingleSelection);
        m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_list->setTextElideMode(Qt::ElideRight);
        m_list->setUniformItemSizes(true);
        m_layout->addWidget(m_list);
        m_layout->addWidget(m_issueLabel);

        m_detail = new QGroupBox(m_box);
        nameByPath(m_detail, ":detail");
        auto* detailLayout = new QVBoxLayout(m_detail);
        detailLayout->setContentsMargins(8, 6, 8, 8);
        m_detailHost = new QWidget(m_detail);
        m_detailLayout = new QVBoxLayout(m_detailHost);
        m_detailLayout->setContentsMargins(0, 0, 0, 0);
        m_detailLayout->addStretch(1);
        detailLayout->addWidget(m_detailHost);
        m_layout->addWidget(m_detail);
        reserveDetailHeight();

        QObject::connect(m_list, &QListWidget::currentRowChanged, m_box, [this](int) { showDetail(); });
        QObject::connect(m_list->model(), &QAbstractItemModel::rowsMoved, m_box, [this] {
            // Drag-and-drop reordering: read the new order from the items' stored indexes.
            std::vector<Json> items;
            for (int i = 0; i < m_list->count(); ++i)
                items.push_back(m_items[std::size_t(m_list->item(i)->data(Qt::UserRole).toInt())]);
            m_items = std::move(items);
            const int cur = m_list->currentRow();
            refreshList(cur);
            changed();
        });
        QObject::connect(dup, &QToolButton::clicked, m_box, [this] {
            const int r = m_list->currentRow();
            if (r < 0) return;
            m_items.insert(m_items.begin() + r + 1, m_items[std::size_t(r)]);
            refreshList(r + 1);
            changed();
        });
        QObject::connect(rem, &QToolButton::clicked, m_box, [this] {
            const int r = m_list->currentRow();
            if (r < 0) return;
            m_items.erase(m_items.begin() + r);
            refreshList(std::min(r, int(m_items.size()) - 1));
            changed();
        });
        QObject::connect(up, &QToolButton::clicked, m_box, [this] { move(-1); });
        QObject::connect(down, &QToolButton::clicked, m_box, [this] { move(+1); });
    }
    void children(std::vector<Editor*>& out) override {
        if (m_current) out.push_back(m_current.get());
    }
    void readFrom(const Json& parent) override {
        const Json v = valueIn(parent);
        m_items.clear();
        if (v.is_array())
            for (const auto& e : v) m_items.push_back(e);
        refreshList(m_items.empty() ? -1 : 0);
    }
    void writeInto(Json& parent) const override {
        Json arr = Json::array();
        for (const auto& e : m_items) arr.push_back(e);
        parent[m_p.key] = arr;
    }
    void showIssues(const std::vector<Issue>& issues) override {
        Editor::showIssues(issues);
        markItems();
    }
    /// Issues of all items (for marking the items whose fields are not shown).
    void setAllIssues(const std::vector<Issue>& all) {
        m_allIssues.clear();
        for (const auto& i : all)
            if (pathUnder(i.path, mainPath())) m_allIssues.push_back(i);
        markItems();
    }
    bool setAt(const std::string& path, const Json& v) override {
        const std::string prefix = mainPath() + "[";
        if (path.rfind(prefix, 0) != 0) return false;
        const std::size_t close = path.find(']', prefix.size());
        const int idx = std::stoi(path.substr(prefix.size(), close - prefix.size()));
        if (idx < 0 || idx >= int(m_items.size())) return false;
        m_list->setCurrentRow(idx);
        return m_current && m_current->setAt(path, v);
    }
    void addItem(const std::string& type) {
        m_items.push_back(Json{{"type", type}});
        refreshList(int(m_items.size()) - 1);
        changed();
    }

private:
    void move(int delta) {
        const int r = m_list->currentRow();
        const int to = r + delta;
        if (r < 0 || to < 0 || to >= int(m_items.size())) return;
        std::swap(m_items[std::size_t(r)], m_items[std::size_t(to)]);
        refreshList(to);
        changed();
    }
    QString itemText(const Json& item) const {
        const std::string type = item.is_object() && item.contains("type") && item["type"].is_string()
                                     ? item["type"].get<std::string>()
                                     : std::string("?");
        const VariantSpec* var = ParamSpec::variant(m_p, type);
        const QString typeLabel = var ? (var->label.empty() ? qs(var->type) : tre(var->label)) : qs(type);
        const bool labelled = item.is_object() && item.contains("label") && item["label"].is_string() &&
                              !item["label"].get<std::string>().empty();
        QString text = labelled ? qs(item["label"].get<std::string>()) : typeLabel;
        // Then the parameters that differ from their defaults, by their short labels (ε = 0.2).
        QStringList parts;
        if (var && item.is_object())
            for (const Param& f : var->fields) {
                if (!item.contains(f.key) || item[f.key] == f.defaultValue) continue;
                const Json& v = item[f.key];
                if (v.is_object() || v.is_array()) continue;
                parts << (f.label.empty() ? qs(f.key) : tre(f.label)) + QStringLiteral(" = ") +
                             (v.is_string() ? qs(v.get<std::string>()) : numberText(v));
            }
        if (labelled && text != typeLabel) parts.prepend(typeLabel);
        if (!parts.isEmpty()) text += QStringLiteral("  —  ") + parts.join(QStringLiteral(", "));
        return text;
    }
    void refreshList(int current) {
        QSignalBlocker b(m_list);
        m_list->clear();
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            QPixmap px(12, 12);
            px.fill(Qt::transparent);
            QPainter painter(&px);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(seriesColor(int(i)));
            painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3);
            painter.end();
            auto* it = new QListWidgetItem(QIcon(px), itemText(m_items[i]));
            it->setData(Qt::UserRole, int(i));
            m_list->addItem(it);
        }
        const int rows = std::clamp(int(m_items.size()), 2, 8);
        m_list->setFixedHeight(rows * (m_list->fontMetrics().height() + 6) + 2 * m_list->frameWidth() + 4);
        m_list->setCurrentRow(current);
        showDetail();
        markItems();
    }
    void markItems() {
        for (int i = 0; i < m_list->count(); ++i) {
            const std::string ip = indexPath(mainPath(), std::size_t(i));
            std::vector<Issue> problems;
            for (const auto& is : m_allIssues)
                if (pathUnder(is.path, ip)) problems.push_back(is);
            QListWidgetItem* it = m_list->item(i);
            it->setForeground(problems.empty() ? QBrush() : QBrush(QColor(0xb0, 0x3a, 0x00)));
            it->setToolTip(issueText(problems));
        }
    }
    /// The editor of item `r`: a Variant parameter whose key is "[r]" under the list's path.
    std::unique_ptr<ObjectEditor> itemEditor(int r) {
        m_itemParam = m_p;
        m_itemParam.type = ParamType::Variant;
        m_itemParam.key = "[" + std::to_string(r) + "]";
        m_itemParam.label = "";
        m_itemParam.defaultValue = Json();
        auto e = std::make_unique<ObjectEditor>(m_itemParam, mainPath(), m_detailHost);
        e->group()->setFlat(true);
        e->group()->setTitle(QString());
        return e;
    }
    /// The selected item's fields take the height of the tallest variant's, so that choosing a policy
    /// with fewer fields does not move the rest of the form (and the next click) under the pointer.
    void reserveDetailHeight() {
        int tallest = 0;
        for (const auto& v : m_p.variants) {
            auto probe = itemEditor(0);
            probe->readFrom(Json{{m_itemParam.key, Json{{"type", v.type}}}});
            tallest = std::max(tallest, probe->widget()->sizeHint().height());
            delete probe->widget();
        }
        m_detailHost->setMinimumHeight(tallest);
    }
    void showDetail() {
        const int r = m_list->currentRow();
        if (m_current) {
            delete m_current->widget();
            m_current.reset();
        }
        m_detail->setVisible(r >= 0);
        if (r < 0) return;
        // Named as the JSON path counts the items, from 0 ("Policy 0" is policies[0], "Subject 1"
        // subjects[1]).
        const QString item = tre(m_p.itemName);
        m_detail->setTitle(item.isEmpty() ? QObject::tr("Item %1").arg(r)
                                          : item.left(1).toUpper() + item.mid(1) + QLatin1Char(' ') +
                                                QString::number(r));
        m_current = itemEditor(r);
        m_currentIndex = r;
        m_current->readFrom(Json{{m_itemParam.key, m_items[std::size_t(r)]}});
        m_current->onChange = [this] {
            Json wrapper = Json::object();
            m_current->writeInto(wrapper);
            m_items[std::size_t(m_currentIndex)] = wrapper[m_itemParam.key];
            if (auto* it = m_list->item(m_currentIndex))
                it->setText(itemText(m_items[std::size_t(m_currentIndex)]));
            changed();
        };
        m_detailLayout->insertWidget(0, m_current->widget());
    }

    Param m_itemParam;
    QListWidget* m_list = nullptr;
    QGroupBox* m_detail = nullptr;
    QWidget* m_detailHost = nullptr;
    QVBoxLayout* m_detailLayout = nullptr;
    std::vector<Json> m_items;
    std::unique_ptr<ObjectEditor> m_current;
    int m_currentIndex = -1;
    std::vector<Issue> m_allIssues;
};

// --- FieldsPanel construction
// ---------------------------------------------------------------------------------

FieldsPanel::FieldsPanel(std::vector<const Param*> fields, std::string base, QWidget* parent,
                         std::vector<std::string> skipKeys)
    : m_fields(std::move(fields)), m_base(std::move(base)), m_skip(std::move(skipKeys)) {
    m_widget = new QWidget(parent);
    auto* outer = new QVBoxLayout(m_widget);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(8);
    QFormLayout* form = nullptr;
    QWidget* advancedBox = nullptr;
    QFormLayout* advancedForm = nullptr;
    auto newForm = [&](QVBoxLayout* into) {
        auto* f = new QFormLayout;
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        f->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        f->setHorizontalSpacing(10);
        f->setVerticalSpacing(6);
        into->addLayout(f);
        return f;
    };
    auto isList = [](const Param* p) {
        return p->type == ParamType::RealList || p->type == ParamType::IntList;
    };
    // Group sibling lists linked by sameLengthAs into one table (union of linked keys).
    std::vector<std::vector<const Param*>> tables;
    std::set<std::string> inTable;
    for (const Param* p : m_fields) {
        if (!isList(p) || inTable.count(p->key)) continue;
        std::vector<const Param*> group{p};
        inTable.insert(p->key);
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Param* q : m_fields) {
                if (!isList(q) || inTable.count(q->key)) continue;
                for (const Param* g : group)
                    if (q->sameLengthAs == g->key || g->sameLengthAs == q->key) {
                        group.push_back(q);
                        inTable.insert(q->key);
                        grew = true;
                        break;
                    }
            }
        }
        tables.push_back(group);
    }
    for (const Param* p : m_fields) {
        if (std::find(m_skip.begin(), m_skip.end(), p->key) != m_skip.end()) continue;
        std::unique_ptr<KeyedEditor> e;
        switch (p->type) {
        case ParamType::RealList:
        case ParamType::IntList:
            for (auto& t : tables)
                if (t.front() == p) e = std::make_unique<TableEditor>(t, m_base, m_widget);
            break;
        case ParamType::Object:
        case ParamType::Variant:
            e = std::make_unique<ObjectEditor>(*p, m_base, m_widget);
            break;
        case ParamType::VariantList:
            e = std::make_unique<VariantListEditor>(*p, m_base, m_widget);
            break;
        case ParamType::RealMatrix:
        case ParamType::ObjectList:
            e = std::make_unique<JsonEditor>(*p, m_base, m_widget);
            break;
        default:
            e = std::make_unique<ScalarEditor>(*p, m_base, m_widget);
            break;
        }
        if (!e) continue; // a list drawn in another list's table
        QFormLayout* in = nullptr;
        if (e->spans()) {
            form = nullptr;
            outer->addWidget(e->widget());
        } else if (p->advanced) {
            if (!advancedBox) {
                auto* toggle = new QToolButton(m_widget);
                toggle->setText(QObject::tr("Advanced"));
                toggle->setCheckable(true);
                toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
                toggle->setArrowType(Qt::RightArrow);
                toggle->setAutoRaise(true);
                advancedBox = new QWidget(m_widget);
                auto* al = new QVBoxLayout(advancedBox);
                al->setContentsMargins(0, 0, 0, 0);
                advancedForm = newForm(al);
                advancedBox->hide();
                QObject::connect(toggle, &QToolButton::toggled, advancedBox, [toggle, advancedBox](bool on) {
                    advancedBox->setVisible(on);
                    toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
                });
                outer->addWidget(toggle);
                outer->addWidget(advancedBox);
            }
            in = advancedForm;
        } else {
            if (!form) form = newForm(outer);
            in = form;
        }
        if (in) {
            auto* label = new QLabel(e->rowLabel(), m_widget);
            label->setToolTip(e->rowTip());
            label->setBuddy(e->widget());
            in->addRow(label, e->widget());
        }
        m_rows.push_back({std::move(e), in});
    }
}

/// The root: the kind's top-level fields.
class RootEditor : public Editor {
public:
    RootEditor(const Kind* kind, QWidget* parent) : m_kind(kind) {
        std::vector<const Param*> fields;
        for (const auto& f : kind->spec().fields()) fields.push_back(&f);
        m_panel = std::make_unique<FieldsPanel>(fields, "", parent, std::vector<std::string>{"kind"});
        m_panel->setOnChange([this] { changed(); });
    }
    QWidget* widget() override { return m_panel->widget(); }
    std::string mainPath() const override { return ""; }
    bool claims(const std::string&) const override { return true; }
    void children(std::vector<Editor*>& out) override { m_panel->children(out); }
    void readFrom(const Json& parent) override { m_panel->readFrom(parent); }
    void writeInto(Json& parent) const override {
        parent["kind"] = m_kind->name();
        m_panel->writeInto(parent);
    }
    bool setAt(const std::string& path, const Json& v) override { return m_panel->setAt(path, v); }

private:
    const Kind* m_kind;
    std::unique_ptr<FieldsPanel> m_panel;
};

namespace {
/// Routes every issue to the deepest editor claiming it; returns the issues no editor below `e` claimed.
void route(Editor* e, std::vector<Issue> issues, std::vector<Issue>& unclaimed) {
    std::vector<Editor*> kids;
    e->children(kids);
    std::vector<Issue> mine;
    std::vector<std::vector<Issue>> perKid(kids.size());
    for (auto& is : issues) {
        bool taken = false;
        for (std::size_t k = 0; k < kids.size() && !taken; ++k)
            if (kids[k]->claims(is.path)) {
                perKid[k].push_back(is);
                taken = true;
            }
        if (!taken) {
            if (e->claims(is.path) && e->issueLabel())
                mine.push_back(is);
            else
                unclaimed.push_back(is);
        }
    }
    for (std::size_t k = 0; k < kids.size(); ++k) route(kids[k], perKid[k], unclaimed);
    e->showIssues(mine);
}

void collectAll(Editor* e, std::vector<Editor*>& out) {
    out.push_back(e);
    std::vector<Editor*> kids;
    e->children(kids);
    for (Editor* k : kids) collectAll(k, out);
}
} // namespace

} // namespace form

using namespace form;

ParamForm::ParamForm(QWidget* parent) : QWidget(parent) {
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_generalIssues = makeIssueLabel(this);
    m_generalIssues->setObjectName(QStringLiteral("generalIssues"));
    m_layout->addWidget(m_generalIssues);
}

ParamForm::~ParamForm() = default;

void ParamForm::setKind(const Kind* kind) {
    if (m_root) {
        delete m_root->widget();
        m_root.reset();
    }
    m_kind = kind;
    if (!kind) return;
    m_root = std::make_unique<RootEditor>(kind, this);
    m_layout->insertWidget(0, m_root->widget());
    m_root->onChange = [this] {
        if (!m_filling) revalidate();
    };
    Json defaults = kind->spec().withDefaults(Json::object());
    defaults["kind"] = kind->name();
    setConfig(defaults);
}

bool ParamForm::setConfig(const Json& config) {
    if (!m_kind) return false;
    if (config.is_object() && config.contains("kind") && config["kind"].is_string() &&
        config["kind"].get<std::string>() != m_kind->name())
        return false;
    m_filling = true;
    Json c = config.is_object() ? m_kind->spec().withDefaults(config) : Json::object();
    m_root->readFrom(c);
    m_filling = false;
    revalidate();
    return true;
}

Json ParamForm::config() const {
    Json c = Json::object();
    if (m_root) m_root->writeInto(c);
    return c;
}

void ParamForm::revalidate() {
    if (!m_root) return;
    // The kind's ParamSpec and cost estimate only: nothing is created on the GUI thread.
    std::vector<Issue> issues;
    try {
        issues = tb::validate(*m_kind, config());
    } catch (const std::exception& e) {
        issues.push_back({"", e.what()});
    }
    m_issues = issues;
    m_unclaimed.clear();
    route(m_root.get(), issues, m_unclaimed);
    // Mark policies with problems in the list even when another one is selected.
    std::vector<Editor*> all;
    collectAll(m_root.get(), all);
    for (Editor* e : all)
        if (auto* vl = dynamic_cast<VariantListEditor*>(e)) vl->setAllIssues(issues);
    const QString text = issueText(m_unclaimed);
    m_generalIssues->setText(text);
    m_generalIssues->setVisible(!text.isEmpty());
    applySliderMode(); // fields made by this edit (another policy type) get their sliders too
    emit configChanged();
    emit validityChanged(issues.empty());
}

void ParamForm::setSliderMode(bool on) {
    m_sliders = on;
    applySliderMode();
}

void ParamForm::applySliderMode() {
    if (!m_root) return;
    std::vector<Editor*> all;
    collectAll(m_root.get(), all);
    for (Editor* e : all)
        if (auto* scalar = dynamic_cast<ScalarEditor*>(e))
            scalar->showSlider(m_sliders);
        else if (auto* table = dynamic_cast<TableEditor*>(e))
            table->showSlider(m_sliders);
}

QString ParamForm::issueTextAt(const QString& path) const {
    if (!m_root) return {};
    const std::string p = path.toStdString();
    std::vector<Editor*> all;
    collectAll(m_root.get(), all);
    for (Editor* e : all) {
        std::vector<Issue> at;
        for (const auto& i : e->shownIssues())
            if (i.path == p || (!p.empty() && e->mainPath() == p)) at.push_back(i);
        if (!at.empty()) return issueText(at);
    }
    std::vector<Issue> general;
    for (const auto& i : m_unclaimed)
        if (i.path == p) general.push_back(i);
    return issueText(general);
}

QWidget* ParamForm::fieldWidget(const QString& path) const {
    return findChild<QWidget*>(path);
}

bool ParamForm::setValueAt(const QString& path, const Json& value) {
    return m_root && m_root->setAt(path.toStdString(), value);
}

} // namespace tb::ui
