#pragma once
// What a kind derives from pooled data (Kind::derive): named estimates, curves over a value axis and verdicts
// with a probability per class. Pure data, so the Runner, the store, exports and the widgets handle any
// kind's analysis with one code path (the survival game's tail fit today, the RLHF family's functional-form
// fits next).
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace tb {

/// A plot whose x axis is a value (k, a model size, √KL) rather than the step: drawn from DerivedCurves with
/// the same `plot` id. Declared by Kind::plots().
struct PlotDecl {
    std::string id;     ///< "tail_pmf"
    std::string title;  ///< "Failure-count distribution"
    std::string xLabel; ///< "x = K + 1 (failures + 1)"
    std::string yLabel;
    bool logX = false, logY = false;
    std::string note; ///< shown under the plot: what is drawn and how it was computed
};

/// A named number ("alpha", 2.47, "decay rate a (discrete power-law MLE, x = K + 1)").
struct Estimate {
    std::string name;  ///< stable identifier used in the store, exports, JSON and the browser's filter
    std::string label; ///< display label
    double value = std::numeric_limits<double>::quiet_NaN(); ///< NaN: not computed (the note says why)
    std::string unit;
    std::string note;
};

struct DerivedCurve {
    enum class Style { Line, Points, Steps, Marker };
    std::string name;  ///< stable identifier ("fitted_pmf")
    std::string label; ///< legend text
    std::string plot;  ///< PlotDecl::id
    Style style = Style::Line;
    bool reference = false; ///< a guide (k^-2, k^-3), drawn thin and grey rather than in the run's colour
    /// Which of a run's curves this is on a plot shared by several (0 solid line or circles, 1 dashed or
    /// squares, 2 dotted or triangles, ...): the run gives the colour, the pattern tells its curves apart.
    int pattern = 0;
    std::vector<double> x, y;
    std::vector<double> low, high; ///< optional band (same length as x), empty when none
};

/// "line", "points", "steps", "marker": the text stored in the store and exported.
inline const char* toString(DerivedCurve::Style s) {
    switch (s) {
    case DerivedCurve::Style::Points:
        return "points";
    case DerivedCurve::Style::Steps:
        return "steps";
    case DerivedCurve::Style::Marker:
        return "marker";
    case DerivedCurve::Style::Line:
        break;
    }
    return "line";
}
inline DerivedCurve::Style curveStyleFromString(const std::string& s) {
    if (s == "points") return DerivedCurve::Style::Points;
    if (s == "steps") return DerivedCurve::Style::Steps;
    if (s == "marker") return DerivedCurve::Style::Marker;
    return DerivedCurve::Style::Line;
}

/// A classification of the run with the probability of every class (the survival game's level).
struct Verdict {
    std::string name;                  ///< "level"
    std::string label;                 ///< "Level"
    std::vector<std::string> classes;  ///< "Limited", "Capable", "Autonomous"
    std::vector<double> probabilities; ///< one per class; NaN when not computed
    int point = -1;                    ///< class of the point estimate, -1 when none
    std::string basis;                 ///< how the probabilities were obtained ("1000 bootstrap resamples")
};

struct Derivation {
    std::vector<Estimate> estimates;
    std::vector<DerivedCurve> curves;
    std::vector<Verdict> verdicts;
    std::vector<std::string> warnings;
    std::string basis;  ///< what data it used ("100 000 trials pooled over 4 replicates; fit on x = K + 1")
    bool quick = false; ///< a live estimate with reduced bootstraps; the final one replaces it
    bool empty() const { return estimates.empty() && curves.empty() && verdicts.empty(); }
    const Estimate* estimate(const std::string& name) const {
        for (const auto& e : estimates)
            if (e.name == name) return &e;
        return nullptr;
    }
};

} // namespace tb
