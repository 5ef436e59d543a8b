// Form validation cost (issue 9, item 1): how long one edit of the parameter form keeps the GUI thread busy,
// on the heaviest preset (adversarial ucb1-trap, whose experiment replays UCB1 over the horizon) at growing
// horizons. Each edit revalidates the whole config; before issue 9 this created the experiment (614 ms at
// 10^6). Prints the median and the longest of 20 edits per horizon.
#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "ParamForm.h"
#include "run/Registry.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    tb::ui::ParamForm form;
    form.setKind(tb::findKind("bandit"));
    form.setConfig(tb::findPreset("adversarial")->config);
    std::printf("%-12s %12s %12s  %s\n", "horizon", "median ms", "max ms", "valid");
    for (const int horizon : {10000, 1000000, 10000000, 100000000}) {
        form.setValueAt(QStringLiteral("horizon"), horizon);
        std::vector<double> ms;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            form.setValueAt(QStringLiteral("seed"), 1 + i % 2); // one edit, as if typed
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        std::printf("%-12d %12.3f %12.3f  %s\n", horizon, ms[ms.size() / 2], ms.back(),
                    form.isValid() ? "yes" : "no");
    }
    return 0;
}
