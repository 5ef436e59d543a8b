#include "ArmView.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include "Palette.h"
#include "QtText.h"

namespace tb::ui {

using bandit::Decision;
using bandit::PosteriorLaw;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// `c` over `under` with opacity alpha / 255, as one opaque colour (opaque fills are much cheaper to paint).
QColor over(const QColor& under, const QColor& c, int alpha) {
    const double a = alpha / 255.0;
    return QColor::fromRgbF(float(under.redF() * (1 - a) + c.redF() * a),
                            float(under.greenF() * (1 - a) + c.greenF() * a),
                            float(under.blueF() * (1 - a) + c.blueF() * a));
}

QString number(double v) {
    return std::isfinite(v) ? QString::number(v, 'g', 3) : QStringLiteral("—");
}

/// One arm as drawn.
struct Column {
    qint64 pulls = 0;
    double mean = kNaN, trueMean = kNaN;
    bool best = false;
    double value = kNaN, dmean = kNaN, lo = kNaN, hi = kNaN;
    bool exact = true;
    double p1 = kNaN, p2 = kNaN, p3 = kNaN;
};

/// The posterior's density at x (Boost.Math), NaN when the parameters do not describe one.
struct Density {
    PosteriorLaw law = PosteriorLaw::None;
    double p1 = kNaN, p2 = kNaN, p3 = kNaN;
    bool valid() const {
        switch (law) {
        case PosteriorLaw::Beta:
            return p1 > 0 && p2 > 0 && std::isfinite(p1) && std::isfinite(p2);
        case PosteriorLaw::Normal:
            return std::isfinite(p1) && p2 > 0 && std::isfinite(p2);
        case PosteriorLaw::StudentT:
            return std::isfinite(p1) && p2 > 0 && std::isfinite(p2) && p3 > 0 && std::isfinite(p3);
        case PosteriorLaw::None:
            break;
        }
        return false;
    }
    double pdf(double x) const {
        switch (law) {
        case PosteriorLaw::Beta:
            return x <= 0.0 || x >= 1.0 ? 0.0 : boost::math::pdf(boost::math::beta_distribution<>(p1, p2), x);
        case PosteriorLaw::Normal:
            return boost::math::pdf(boost::math::normal_distribution<>(p1, p2), x);
        case PosteriorLaw::StudentT: // location p1, scale p2
            return boost::math::pdf(boost::math::students_t_distribution<>(p3), (x - p1) / p2) / p2;
        case PosteriorLaw::None:
            break;
        }
        return kNaN;
    }
    /// The central 99.9% of the law: where its density is worth drawing.
    std::pair<double, double> support() const {
        constexpr double a = 0.0005, b = 0.9995;
        switch (law) {
        case PosteriorLaw::Beta: {
            const boost::math::beta_distribution<> d(p1, p2);
            return {boost::math::quantile(d, a), boost::math::quantile(d, b)};
        }
        case PosteriorLaw::Normal: {
            const boost::math::normal_distribution<> d(p1, p2);
            return {boost::math::quantile(d, a), boost::math::quantile(d, b)};
        }
        case PosteriorLaw::StudentT: {
            const boost::math::students_t_distribution<> d(p3);
            return {p1 + p2 * boost::math::quantile(d, a), p1 + p2 * boost::math::quantile(d, b)};
        }
        case PosteriorLaw::None:
            break;
        }
        return {kNaN, kNaN};
    }
};

} // namespace

/// The drawing and the dragging (ArmView adds the sentence and the legend above it).
class ArmCanvas : public QWidget {
public:
    explicit ArmCanvas(QWidget* parent) : QWidget(parent) {
        setMouseTracking(true);
        setMinimumHeight(300);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    std::function<void(int, double)> dragged;

    int K = 0;
    int chosen = -1;
    bool bernoulli = true;
    bool hidden = false;
    Decision decision = Decision::Generic;
    PosteriorLaw law = PosteriorLaw::None;
    QColor color;
    double reward = kNaN;
    std::vector<Column> cols;
    QString note;
    double axisLo = 0, axisHi = 1;
    int dragArm = -1;

    void setState(const bandit::Stepper& s, const QColor& c) {
        const bandit::Explanation& e = s.explanation();
        K = s.arms();
        color = c;
        bernoulli = s.bernoulli();
        note.clear();
        chosen = s.last().t >= 0 ? s.last().arm : -1;
        reward = s.last().t >= 0 ? s.last().reward : kNaN;
        decision = e.decision;
        law = e.law;
        const auto best = s.bestArms();
        cols.assign(std::size_t(K), Column{});
        const bool explained = e.chosen >= 0 && s.last().t >= 0;
        for (std::size_t k = 0; k < std::size_t(K); ++k) {
            Column& col = cols[k];
            col.pulls = s.pulls()[k];
            col.mean = s.empiricalMean(int(k));
            col.trueMean = s.trueMeans()[k];
            col.best = best[k] != 0;
            if (!explained) continue;
            col.value = e.value[k];
            col.exact = e.exact[k] != 0;
            col.dmean = e.mean[k];
            col.lo = e.lo[k];
            col.hi = e.hi[k];
            if (k < e.p1.size()) col.p1 = e.p1[k];
            if (k < e.p2.size()) col.p2 = e.p2[k];
            if (k < e.p3.size()) col.p3 = e.p3[k];
        }
        if (!explained) law = PosteriorLaw::None;
        fitAxis(s);
        update();
    }

    void clear(const QString& text) {
        K = 0;
        cols.clear();
        chosen = -1;
        note = text;
        dragArm = -1;
        update();
    }

    /// The value axis: the base range (Bernoulli: [0, 1]; Gaussian: every arm's true mean ± 2 reward sds),
    /// widened to the values the policy compared (UCB indices start far above 1) up to two base spans above
    /// and one below, in steps of a quarter of the base grid so that it changes rarely. Fixed while a true
    /// mean is dragged.
    void fitAxis(const bandit::Stepper& s) {
        if (dragArm >= 0) return;
        double baseLo = 0.0, baseHi = 1.0;
        if (!bernoulli) {
            baseLo = INFINITY;
            baseHi = -INFINITY;
            const auto& sds = s.rewardSds();
            for (std::size_t k = 0; k < cols.size(); ++k) {
                const double sd = k < sds.size() ? sds[k] : 1.0;
                baseLo = std::min(baseLo, cols[k].trueMean - 2.0 * sd);
                baseHi = std::max(baseHi, cols[k].trueMean + 2.0 * sd);
            }
            if (!(baseHi > baseLo)) {
                baseLo -= 1.0;
                baseHi += 1.0;
            }
        }
        const double span = baseHi - baseLo;
        double lo = baseLo, hi = baseHi;
        const bool onAxis = decision != Decision::Draw; // probabilities are not values of the arms
        for (const Column& c : cols)
            for (double v : {c.hi, c.dmean, onAxis ? c.value : kNaN})
                if (std::isfinite(v)) {
                    hi = std::max(hi, v);
                    if (!bernoulli) lo = std::min(lo, v);
                }
        hi = std::min(hi, baseHi + 2.0 * span);
        lo = std::max(lo, baseLo - span);
        const double q = bernoulli ? 0.25 : niceStep(span) / 2.0;
        axisLo = bernoulli ? 0.0 : std::floor(lo / q) * q;
        axisHi = std::ceil(hi / q - 1e-9) * q;
    }

    /// 1, 2 or 5 times a power of ten, about a quarter of `span`.
    static double niceStep(double span) {
        double step = std::pow(10.0, std::floor(std::log10(span / 4.0)));
        if (span / step > 10)
            step *= 5;
        else if (span / step > 5)
            step *= 2;
        return step;
    }

    // Geometry.
    int lineHeight() const { return fontMetrics().height(); }
    /// Columns wide enough for the text below them.
    bool wide() const { return K > 0 && (width() - leftMargin() - 10) / K >= 52; }
    int leftMargin() const { return fontMetrics().horizontalAdvance(QStringLiteral("−0.00")) + 12; }
    QRect plotRect() const {
        const int left = leftMargin();
        const int top = 2 * lineHeight() + 6;
        const int bottom = wide() ? 5 * lineHeight() + 14 : 12;
        return QRect(left, top, std::max(10, width() - left - 10), std::max(10, height() - top - bottom));
    }
    /// The plot's value range is drawn inside a small margin, so lines at 0 and 1 stay visible.
    int yOf(double v) const {
        const QRect r = plotRect().adjusted(0, 8, 0, -8);
        return r.bottom() - int(std::lround((v - axisLo) / (axisHi - axisLo) * r.height()));
    }
    double yOfF(double v) const {
        const QRect r = plotRect().adjusted(0, 8, 0, -8);
        return r.bottom() - (v - axisLo) / (axisHi - axisLo) * r.height();
    }
    double valueAt(int y) const {
        const QRect r = plotRect().adjusted(0, 8, 0, -8);
        return axisLo + double(r.bottom() - y) / std::max(1, r.height()) * (axisHi - axisLo);
    }
    double columnWidth() const { return K > 0 ? double(plotRect().width()) / K : 0.0; }
    double columnLeft(int k) const { return plotRect().left() + k * columnWidth(); }
    QPoint handle(int k) const {
        const double w = columnWidth();
        return QPoint(int(columnLeft(k) + 0.5 * w), yOf(cols[std::size_t(k)].trueMean));
    }

    int armAt(const QPoint& pos) const {
        if (hidden || K == 0) return -1;
        for (int k = 0; k < K; ++k) {
            const double x0 = columnLeft(k);
            if (pos.x() < x0 || pos.x() >= x0 + columnWidth()) continue;
            if (std::abs(pos.y() - yOf(cols[std::size_t(k)].trueMean)) <= 8) return k;
        }
        return -1;
    }

    double clampToAxis(double v) const {
        return bernoulli ? std::clamp(v, 0.0, 1.0) : std::clamp(v, axisLo, axisHi);
    }

protected:
    void mousePressEvent(QMouseEvent* ev) override {
        if (ev->button() != Qt::LeftButton) return;
        dragArm = armAt(ev->position().toPoint());
        if (dragArm >= 0) {
            setCursor(Qt::ClosedHandCursor);
            moveTo(ev->position().toPoint().y());
        }
    }
    void mouseMoveEvent(QMouseEvent* ev) override {
        if (dragArm >= 0) {
            moveTo(ev->position().toPoint().y());
            return;
        }
        setCursor(armAt(ev->position().toPoint()) >= 0 ? Qt::SizeVerCursor : Qt::ArrowCursor);
    }
    void mouseReleaseEvent(QMouseEvent* ev) override {
        if (dragArm < 0 || ev->button() != Qt::LeftButton) return;
        moveTo(ev->position().toPoint().y());
        dragArm = -1;
        setCursor(armAt(ev->position().toPoint()) >= 0 ? Qt::SizeVerCursor : Qt::ArrowCursor);
    }
    void moveTo(int y) {
        if (dragArm < 0 || dragArm >= K) return;
        const double v = clampToAxis(valueAt(y));
        cols[std::size_t(dragArm)].trueMean = v;
        if (dragged) dragged(dragArm, v);
        update();
    }

    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), plotBackground());
        if (K == 0) {
            p.setPen(mutedTextColor());
            p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, note);
            return;
        }
        const QRect plot = plotRect();
        const double w = columnWidth();
        const double ls = lineScale();
        const int line = lineHeight();
        const bool showText = wide();

        // Chosen column: a tint over the whole column, header to footer.
        if (chosen >= 0) {
            const QRectF band(columnLeft(chosen) + 1, 1, w - 2, height() - 2);
            p.setPen(QPen(color, 1.5 * ls));
            p.setBrush(over(plotBackground(), color, 34));
            p.drawRoundedRect(band, 5, 5);
        }

        // Value axis: grid lines and labels.
        const double span = axisHi - axisLo;
        const double step = bernoulli && span <= 1.0 ? 0.25 : niceStep(span);
        p.setFont(font());
        for (double v = std::ceil(axisLo / step) * step; v <= axisHi + 1e-9 * span; v += step) {
            const int y = yOf(v);
            p.setPen(QPen(gridColor(), 1));
            p.drawLine(plot.left(), y, plot.right(), y);
            p.setPen(mutedTextColor());
            p.drawText(QRect(0, y - line / 2, plot.left() - 6, line), Qt::AlignRight | Qt::AlignVCenter,
                       number(std::abs(v) < 1e-12 * span ? 0.0 : v));
        }
        p.setPen(QPen(axisColor(), 1));
        p.drawLine(plot.left(), plot.top(), plot.left(), plot.bottom());
        // Column separators.
        p.setPen(QPen(gridColor(), 1, Qt::DotLine));
        for (int k = 1; k < K; ++k)
            p.drawLine(QPointF(columnLeft(k), plot.top()), QPointF(columnLeft(k), plot.bottom()));

        const qint64 maxPulls = std::max<qint64>(
            1, std::max_element(cols.begin(), cols.end(), [](const Column& a, const Column& b) {
                   return a.pulls < b.pulls;
               })->pulls);
        QFont bold = font();
        bold.setBold(true);
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.9);

        for (int k = 0; k < K; ++k) {
            const Column& c = cols[std::size_t(k)];
            const double x0 = columnLeft(k), cx = x0 + 0.5 * w;
            const bool isChosen = k == chosen;

            // Header: the arm, its best-arm star, "chosen".
            p.setFont(isChosen ? bold : font());
            p.setPen(textColor());
            QString head = showText ? ArmView::tr("arm %1").arg(k) : QString::number(k);
            if (c.best && !hidden) head += QStringLiteral(" ★");
            p.drawText(QRectF(x0, 2, w, line), Qt::AlignHCenter | Qt::AlignVCenter, head);
            if (isChosen) {
                p.setPen(color);
                p.drawText(QRectF(x0, 2 + line, w, line), Qt::AlignHCenter | Qt::AlignVCenter,
                           showText ? ArmView::tr("chosen") : QStringLiteral("▼"));
            }
            p.setFont(font());

            // Posterior density, a violin around the column's centre (each arm scaled to its own peak).
            const bandit::PosteriorLaw drawn = law;
            const Density d{drawn, c.p1, c.p2, c.p3};
            if (d.valid()) {
                auto [a, b] = d.support();
                a = std::max(a, axisLo);
                b = std::min(b, axisHi);
                if (b > a) {
                    constexpr int n = 120;
                    std::vector<double> ys(n + 1), fs(n + 1);
                    double peak = 0;
                    for (int i = 0; i <= n; ++i) {
                        ys[std::size_t(i)] = a + (b - a) * i / n;
                        fs[std::size_t(i)] = d.pdf(ys[std::size_t(i)]);
                        if (std::isfinite(fs[std::size_t(i)])) peak = std::max(peak, fs[std::size_t(i)]);
                    }
                    if (peak > 0) {
                        const double half = 0.40 * w;
                        // A polygon filled without a pen, then outlined with a cosmetic pen: a stroked
                        // path of this many vertices costs the raster engine milliseconds per arm.
                        QPolygonF shape;
                        shape.reserve(2 * n + 3);
                        for (int i = 0; i <= n; ++i)
                            shape << QPointF(cx + half * fs[std::size_t(i)] / peak, yOfF(ys[std::size_t(i)]));
                        for (int i = n; i >= 0; --i)
                            shape << QPointF(cx - half * fs[std::size_t(i)] / peak, yOfF(ys[std::size_t(i)]));
                        shape << shape.front();
                        const QColor under = isChosen ? over(plotBackground(), color, 34) : plotBackground();
                        p.setPen(Qt::NoPen);
                        p.setBrush(over(under, color, isChosen ? 90 : 55));
                        p.drawPolygon(shape);
                        QPen outline(color, 1.2 * ls);
                        outline.setCosmetic(true);
                        p.setPen(outline);
                        p.setBrush(Qt::NoBrush);
                        p.drawPolyline(shape);
                    }
                }
            }

            // Interval of index policies: a whisker from lo to the index, clipped to the axis with an arrow.
            if (std::isfinite(c.lo) && std::isfinite(c.hi) && c.hi >= axisLo && c.lo <= axisHi) {
                const double lo = std::max(c.lo, axisLo), hi = std::min(c.hi, axisHi);
                const double cap = std::min(10.0, 0.18 * w);
                p.setPen(QPen(color, 2.2 * ls, Qt::SolidLine, Qt::FlatCap));
                p.drawLine(QPointF(cx, yOf(lo)), QPointF(cx, yOf(hi)));
                if (c.lo >= axisLo) p.drawLine(QPointF(cx - cap, yOf(lo)), QPointF(cx + cap, yOf(lo)));
                if (c.hi <= axisHi)
                    p.drawLine(QPointF(cx - cap, yOf(hi)), QPointF(cx + cap, yOf(hi)));
                else { // off the top: an arrow
                    QPolygonF arrow;
                    arrow << QPointF(cx, yOf(axisHi) - 6) << QPointF(cx - 5, yOf(axisHi) + 2)
                          << QPointF(cx + 5, yOf(axisHi) + 2);
                    p.setBrush(color);
                    p.setPen(Qt::NoPen);
                    p.drawPolygon(arrow);
                }
            }

            // The policy's mean when it decided: a dot.
            if (std::isfinite(c.dmean) && c.dmean >= axisLo && c.dmean <= axisHi) {
                p.setPen(QPen(plotBackground(), 1.5));
                p.setBrush(color.darker(115));
                const double r = 4.5 * ls;
                p.drawEllipse(QPointF(cx, yOf(c.dmean)), r, r);
            }

            // The true mean: a dashed line with a grip at its left end, dragged up and down (the whole line
            // is a handle).
            if (!hidden && std::isfinite(c.trueMean)) {
                const int y = yOf(c.trueMean);
                const QColor tc = textColor();
                p.setPen(QPen(tc, 2.0 * ls, Qt::DashLine, Qt::FlatCap));
                p.drawLine(QPointF(x0 + 0.1 * w, y), QPointF(x0 + 0.9 * w, y));
                p.setPen(QPen(tc, 1));
                p.setBrush(k == dragArm ? color : plotBackground());
                p.drawRoundedRect(QRectF(x0 + 0.1 * w - 4, y - 5, 8, 10), 2, 2);
            }

            // The value that decided the round: a diamond (hollow: a display completion of Thompson-Beta).
            if ((decision == Decision::Index || decision == Decision::Sample) && std::isfinite(c.value)) {
                const double v = std::clamp(c.value, axisLo, axisHi);
                const double r = (isChosen ? 7.5 : 5.5) * ls;
                const QPointF m(cx, yOf(v));
                QPolygonF dia;
                dia << QPointF(m.x(), m.y() - r) << QPointF(m.x() + r, m.y()) << QPointF(m.x(), m.y() + r)
                    << QPointF(m.x() - r, m.y());
                p.setPen(QPen(isChosen ? textColor() : color.darker(140), (isChosen ? 1.8 : 1.2) * ls));
                p.setBrush(c.exact ? QBrush(isChosen ? color : color.lighter(125))
                                   : QBrush(plotBackground()));
                p.drawPolygon(dia);
                if (isChosen && showText) { // its value beside it, on a backing that keeps it readable
                    QFont labelFont = small;
                    labelFont.setBold(true);
                    p.setFont(labelFont);
                    const QString text = number(c.value);
                    const double tw = QFontMetricsF(labelFont).horizontalAdvance(text) + 4;
                    const bool right = m.x() + r + 1 + tw <= x0 + w + 2;
                    const QRectF label(right ? m.x() + r + 1 : m.x() - r - 1 - tw, m.y() - line / 2.0, tw,
                                       line);
                    p.setPen(Qt::NoPen);
                    p.setBrush(overlayBackground());
                    p.drawRoundedRect(label, 3, 3);
                    p.setPen(textColor());
                    p.drawText(label, Qt::AlignCenter, text);
                    p.setFont(font());
                }
            }

            // Below: pulls, means, the decision value, the reward; a bar of the pulls.
            const int fy = plot.bottom() + 6;
            if (showText) {
                QStringList lines = text(k);
                p.setFont(small);
                for (int i = 0; i < lines.size(); ++i) {
                    const bool last = isChosen && i == 4;
                    p.setPen(last ? color.darker(110) : (i == 0 ? textColor() : mutedTextColor()));
                    p.setFont(last ? bold : small);
                    p.drawText(QRectF(x0 + 2, fy + i * line, w - 4, line),
                               Qt::AlignHCenter | Qt::AlignVCenter, lines[i]);
                }
                p.setFont(font());
            }
            const double barW = (w - 8) * double(c.pulls) / double(maxPulls);
            p.setPen(Qt::NoPen);
            p.setBrush(bandColor(color, 140));
            p.drawRect(QRectF(x0 + 4, height() - 6, barW, 4));
        }
    }

public:
    /// The lines printed below column k.
    QStringList text(int k) const {
        const Column& c = cols[std::size_t(k)];
        QStringList out;
        out << ArmView::tr("N = %1").arg(c.pulls);
        out << ArmView::tr("mean %1").arg(number(c.mean));
        out << (hidden ? ArmView::tr("true ?") : ArmView::tr("true %1").arg(number(c.trueMean)));
        QString v;
        if (std::isfinite(c.value)) {
            switch (decision) {
            case Decision::Index:
                v = ArmView::tr("index %1").arg(number(c.value));
                break;
            case Decision::Sample:
                // A completion (not drawn by the policy) in parentheses, as the hollow diamond.
                v = c.exact ? ArmView::tr("sample %1").arg(number(c.value))
                            : ArmView::tr("sample (%1)").arg(number(c.value));
                break;
            case Decision::Draw:
                v = ArmView::tr("P = %1").arg(number(c.value));
                break;
            default:
                break;
            }
        }
        out << v;
        out << (k == chosen ? ArmView::tr("reward %1").arg(number(reward)) : QString());
        return out;
    }
};

ArmView::ArmView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("stepReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_reason->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_reason->setFont(f);
    m_reason->setMinimumHeight(QFontMetrics(f).height() * 2 + 4);
    m_reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    setMutedText(m_legend);
    m_canvas = new ArmCanvas(this);
    m_canvas->dragged = [this](int arm, double v) { emit trueMeanDragged(arm, v); };
    layout->addWidget(m_reason);
    layout->addWidget(m_legend);
    layout->addWidget(m_canvas, 1);
    connect(lookNotifier(), &LookNotifier::changed, m_canvas, [this] { m_canvas->update(); });
    clear(QString());
}

void ArmView::setState(const bandit::Stepper& stepper, const QColor& color) {
    m_canvas->setState(stepper, color);
    const bandit::StepReason r = stepper.reason();
    if (r.args.empty()) {
        m_reason->setText(tr("Press Step to pull one arm, or Play."));
    } else {
        // The pattern and each part in the window's language (the parts: the policy's name, numbers).
        QString text = QCoreApplication::translate("engine", r.pattern);
        QStringList parts;
        for (const auto& a : r.args) parts << tre(a);
        QString out;
        for (int i = 0; i < text.size(); ++i) {
            if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1] >= QLatin1Char('1') &&
                text[i + 1] <= QLatin1Char('9')) {
                const int n = text[i + 1].unicode() - '1';
                if (n < parts.size()) {
                    out += parts[n];
                    ++i;
                    continue;
                }
            }
            out += text[i];
        }
        m_reason->setText(out);
    }
    QString legend;
    const QString truth =
        m_canvas->hidden ? QString() : tr("dashed line: true mean (drag it to change the arm)");
    switch (stepper.explanation().decision) {
    case Decision::Index:
        legend =
            tr("dot: the policy's mean of the arm · bar: its interval, up to the index · diamond: the index");
        break;
    case Decision::Sample: {
        const auto& exact = stepper.explanation().exact;
        legend = std::find(exact.begin(), exact.end(), 0) == exact.end()
                     ? tr("shape: the posterior of the arm's mean · dot: the empirical mean · diamond: this "
                          "round's "
                          "sample")
                     : tr("shape: the posterior of the arm's mean · dot: the empirical mean · diamond: this "
                          "round's "
                          "sample (hollow: only known to be below the best draw, shown as a draw from the "
                          "posterior below it)");
        break;
    }
    case Decision::Explore:
    case Decision::Exploit:
    case Decision::Commit:
        legend = tr("dot: the empirical mean the greedy choice compares");
        break;
    case Decision::Draw:
        legend = tr("P: the probability of each arm this round");
        break;
    default:
        legend = tr("dot: the empirical mean");
        break;
    }
    if (!truth.isEmpty()) legend = truth + QStringLiteral(" · ") + legend;
    legend += QStringLiteral(" · ") + tr("N: pulls so far");
    m_legend->setText(legend);
}

void ArmView::clear(const QString& note) {
    m_canvas->clear(note);
    m_reason->setText(QString());
    m_legend->setText(QString());
}

void ArmView::setTrueMeansHidden(bool hidden) {
    m_canvas->hidden = hidden;
    m_canvas->dragArm = -1;
    m_canvas->update();
}

bool ArmView::trueMeansHidden() const {
    return m_canvas->hidden;
}

int ArmView::arms() const {
    return m_canvas->K;
}
int ArmView::chosenArm() const {
    return m_canvas->chosen;
}
qint64 ArmView::pulls(int arm) const {
    return m_canvas->cols.at(std::size_t(arm)).pulls;
}
double ArmView::shownMean(int arm) const {
    return m_canvas->cols.at(std::size_t(arm)).mean;
}
double ArmView::trueMean(int arm) const {
    return m_canvas->cols.at(std::size_t(arm)).trueMean;
}
double ArmView::decisionValue(int arm) const {
    return m_canvas->cols.at(std::size_t(arm)).value;
}
double ArmView::decisionMean(int arm) const {
    return m_canvas->cols.at(std::size_t(arm)).dmean;
}
double ArmView::intervalLow(int arm) const {
    return m_canvas->cols.at(std::size_t(arm)).lo;
}
double ArmView::intervalHigh(int arm) const {
    return m_canvas->cols.at(std::size_t(arm)).hi;
}
bool ArmView::showsPosterior(int arm) const {
    const Column& c = m_canvas->cols.at(std::size_t(arm));
    return Density{m_canvas->law, c.p1, c.p2, c.p3}.valid();
}
QStringList ArmView::columnText(int arm) const {
    return m_canvas->text(arm);
}
QString ArmView::reasonText() const {
    return m_reason->text();
}
QString ArmView::legendText() const {
    return m_legend->text();
}
double ArmView::valueAt(int y) const {
    return m_canvas->valueAt(y);
}
int ArmView::yOf(double value) const {
    return m_canvas->yOf(value);
}
QWidget* ArmView::canvas() const {
    return m_canvas;
}
QPoint ArmView::trueMeanHandle(int arm) const {
    return m_canvas->handle(arm);
}

} // namespace tb::ui
