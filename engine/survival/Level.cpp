#include "survival/TailAnalysis.h"

namespace tb::survival {

Level levelOf(double a) {
    // Boundaries belong to the lower level: at a = 2 (3) the mean (variance) diverges logarithmically.
    if (!(a > 2.0)) return Level::Limited;
    if (!(a > 3.0)) return Level::Capable;
    return Level::Autonomous;
}

const char* levelName(Level level) {
    switch (level) {
    case Level::Limited:
        return "Limited";
    case Level::Capable:
        return "Capable";
    case Level::Autonomous:
        return "Autonomous";
    }
    return "Limited";
}

} // namespace tb::survival
