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
        return TB_TR("engine", "Limited");
    case Level::Capable:
        return TB_TR("engine", "Capable");
    case Level::Autonomous:
        return TB_TR("engine", "Autonomous");
    }
    return "Limited";
}

} // namespace tb::survival
