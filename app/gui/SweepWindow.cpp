#include "SweepWindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

#include "QtText.h"
#include "SweepView.h"
#include "core/Text.h"
#include "run/Registry.h"

namespace tb::gui {

using ui::qs;
using ui::tre;

namespace {

/// Every number in `j` with its JSON path (items of lists included), except the seed and the replicates.
void numericPaths(const Json& j, const std::string& path, std::vector<std::string>& out) {
    if (j.is_number()) {
        if (path != "seed" && path != "replicates") out.push_back(path);
        return;
    }
    if (j.is_object())
        for (auto it = j.begin(); it != j.end(); ++it)
            numericPaths(it.value(), path.empty() ? it.key() : path + "." + it.key(), out);
    if (j.is_array())
        for (std::size_t i = 0; i < j.size() && i < 64; ++i)
            numericPaths(j[i], path + "[" + std::to_string(i) + "]", out);
}

/// The value at a path such as "policies[0].epsilon" (null when there is none).
Json valueAt(const Json& j, const QString& path) {
    const Json* v = sweepValueAt(j, path.toStdString());
    return v ? *v : Json();
}

QString numberText(double v) {
    return qs(formatNumber(v));
}

} // namespace

// --- SweepDialog
// --------------------------------------------------------------------------------------------

SweepDialog::SweepDialog(const Json& config, int threads, QWidget* parent)
    : QDialog(parent), m_config(config), m_threads(threads) {
    setWindowTitle(tr("Sweep"));
    if (config.is_object() && config.contains("kind") && config["kind"].is_string())
        m_kind = findKind(config["kind"].get<std::string>());
    Json complete = m_kind ? m_kind->spec().withDefaults(config) : config;
    complete.erase("sweep");
    std::vector<std::string> paths;
    numericPaths(complete, "", paths);
    for (const auto& p : paths) {
        QString spec = qs(p);
        spec.replace(QRegularExpression(QStringLiteral("\\[\\d+\\]")), QStringLiteral("[]"));
        while (spec.endsWith(QLatin1String("[]"))) spec.chop(2);
        const Param* param = m_kind ? m_kind->spec().find(spec.toStdString()) : nullptr;
        QString label = param ? tre(param->label) : qs(p);
        static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]$"));
        if (const auto m = index.match(qs(p)); m.hasMatch())
            label += QStringLiteral(" [%1]").arg(m.captured(1));
        // A variant's parameter: name the variant ("ε of epsilon-greedy").
        static const QRegularExpression variant(QStringLiteral("^(\\w+)\\[(\\d+)\\]\\."));
        if (const auto m = variant.match(qs(p)); m.hasMatch()) {
            const Json t = valueAt(complete, m.captured(1) + QStringLiteral("[%1].type").arg(m.captured(2)));
            if (t.is_string()) label = tr("%1 of %2").arg(label, qs(t.get<std::string>()));
        }
        m_paths.emplace_back(qs(p), label);
    }

    auto* layout = new QVBoxLayout(this);
    QString metric = tr("metric");
    if (m_kind)
        for (const auto& m : seriesMetrics(*m_kind))
            if (m.headline) metric = tre(m.label);
    auto* intro =
        new QLabel(tr("Run the config once per value (or pair of values) of one or two parameters, each "
                      "run with its own seed, and plot the final %1 against them. The sweep is stored "
                      "as one experiment whose runs are the cells' runs.")
                       .arg(metric),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (int i = 0; i < 2; ++i) layout->addWidget(axisRow(i));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMinimumHeight(48);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("Run sweep"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Start on the first positive parameter of a compared variant when there is one (ε of ε-greedy, ...).
    // Values written in the config itself come first (defaults filled in are less likely what one tunes).
    const std::string variants = m_kind ? m_kind->variantsKey() : std::string();
    for (std::size_t k = 0; k < m_paths.size() && !variants.empty(); ++k) {
        const Json v = valueAt(config, m_paths[k].first);
        if (m_paths[k].first.startsWith(qs(variants + "[")) && v.is_number() && v.get<double>() > 0) {
            m_axes[0].path->setCurrentIndex(int(k));
            break;
        }
    }
    pathChanged(0);
    update();
    resize(620, sizeHint().height());
}

QWidget* SweepDialog::axisRow(int i) {
    AxisControls& a = m_axes[i];
    auto* box = new QGroupBox(i == 0 ? tr("First parameter") : tr("Second parameter (optional)"), this);
    auto* form = new QFormLayout(box);
    a.path = new QComboBox(box);
    if (i == 1) {
        a.path->addItem(tr("(none)"), QString());
        a.path->addItem(tr("Seeds: repeat every value under several seeds"), QStringLiteral("#seeds"));
    }
    for (const auto& [path, label] : m_paths)
        a.path->addItem(QStringLiteral("%1 — %2").arg(label, path), path);
    a.path->setToolTip(tr("A numeric parameter of the config, by its JSON path"));
    form->addRow(tr("Parameter"), a.path);
    a.mode = new QComboBox(box);
    a.mode->addItem(tr("Range"));
    a.mode->addItem(tr("List of values"));
    a.mode->addItem(tr("Seeds"));
    form->addRow(tr("Values"), a.mode);
    a.stack = new QStackedWidget(box);
    auto* range = new QWidget(a.stack);
    auto* rl = new QHBoxLayout(range);
    rl->setContentsMargins(0, 0, 0, 0);
    a.from = new QDoubleSpinBox(range);
    a.to = new QDoubleSpinBox(range);
    for (QDoubleSpinBox* s : {a.from, a.to}) {
        s->setDecimals(6);
        s->setRange(-1e12, 1e12);
    }
    a.count = new QSpinBox(range);
    a.count->setRange(2, 1000);
    a.count->setValue(i == 0 ? 8 : 5);
    a.scale = new QComboBox(range);
    a.scale->addItem(tr("linear"), QStringLiteral("linear"));
    a.scale->addItem(tr("log"), QStringLiteral("log"));
    rl->addWidget(new QLabel(tr("from"), range));
    rl->addWidget(a.from);
    rl->addWidget(new QLabel(tr("to"), range));
    rl->addWidget(a.to);
    rl->addWidget(new QLabel(tr("values:"), range));
    rl->addWidget(a.count);
    rl->addWidget(a.scale);
    a.values = new QLineEdit(a.stack);
    a.values->setPlaceholderText(tr("e.g. 0.01, 0.05, 0.1"));
    a.seeds = new QSpinBox(a.stack);
    a.seeds->setRange(1, 1000);
    a.seeds->setValue(5);
    a.seeds->setSuffix(tr(" seeds"));
    a.stack->addWidget(range);
    a.stack->addWidget(a.values);
    a.stack->addWidget(a.seeds);
    form->addRow(QString(), a.stack);
    connect(a.path, &QComboBox::currentIndexChanged, this, [this, i] {
        pathChanged(i);
        update();
    });
    connect(a.mode, &QComboBox::currentIndexChanged, this, [this, i](int m) {
        m_axes[i].stack->setCurrentIndex(m);
        update();
    });
    for (QDoubleSpinBox* s : {a.from, a.to})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] { update(); });
    connect(a.count, &QSpinBox::valueChanged, this, [this] { update(); });
    connect(a.seeds, &QSpinBox::valueChanged, this, [this] { update(); });
    connect(a.scale, &QComboBox::currentIndexChanged, this, [this] { update(); });
    connect(a.values, &QLineEdit::textChanged, this, [this] { update(); });
    return box;
}

void SweepDialog::pathChanged(int i) {
    AxisControls& a = m_axes[i];
    const QString path = a.path->currentData().toString();
    const bool none = path.isEmpty(), seeds = path == QLatin1String("#seeds");
    a.mode->setEnabled(!none && !seeds);
    a.stack->setEnabled(!none);
    {
        const QSignalBlocker block(a.mode);
        a.mode->setCurrentIndex(seeds ? 2 : std::min(a.mode->currentIndex(), 1));
    }
    a.stack->setCurrentIndex(a.mode->currentIndex());
    if (none || seeds) return;
    // Start around the current value: half to twice it (a log scale when it is positive).
    const Json v = valueAt(m_kind ? m_kind->spec().withDefaults(m_config) : m_config, path);
    const double x = v.is_number() ? v.get<double>() : 0;
    const QSignalBlocker b1(a.from), b2(a.to), b3(a.scale);
    if (x > 0) {
        a.from->setValue(x / 2);
        a.to->setValue(x * 2);
        a.scale->setCurrentIndex(1);
    } else {
        a.from->setValue(x);
        a.to->setValue(x + 1);
        a.scale->setCurrentIndex(0);
    }
    a.values->setText(numberText(x));
}

Json SweepDialog::axisJson(int i) const {
    const AxisControls& a = m_axes[i];
    const QString path = a.path->currentData().toString();
    if (path == QLatin1String("#seeds")) return {{"seeds", a.seeds->value()}};
    Json out = {{"path", path.toStdString()}};
    if (a.mode->currentIndex() == 1) {
        Json values = Json::array();
        for (const QString& part : a.values->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const double v = part.trimmed().toDouble(&ok);
            values.push_back(ok ? Json(v) : Json(part.trimmed().toStdString()));
        }
        out["values"] = values;
    } else {
        out["range"] = {{"from", a.from->value()},
                        {"to", a.to->value()},
                        {"count", a.count->value()},
                        {"scale", a.scale->currentData().toString().toStdString()}};
    }
    return out;
}

Json SweepDialog::sweepConfig() const {
    Json config = m_config;
    Json params = Json::array({axisJson(0)});
    if (!m_axes[1].path->currentData().toString().isEmpty()) params.push_back(axisJson(1));
    config["sweep"] = {{"parameters", params}};
    return config;
}

void SweepDialog::update() {
    // One planning per edit: its problems, or the cell count and the estimate.
    try {
        const SweepPlan plan = planSweep(sweepConfig());
        const double wall = costSeconds(sweepCost(plan)) / std::max(1, runCores(plan.base, m_threads));
        m_problems.clear();
        m_summary->setText(tr("%n cell(s) × %1 replicates; about %2 on this machine", "", int(plan.cells()))
                               .arg(plan.base.value("replicates", 0))
                               .arg(tre(secondsText(wall))));
        m_run->setEnabled(true);
    } catch (const InputError& e) {
        QStringList lines, shownLines;
        for (const auto& i : e.issues())
            lines << (i.path.empty() ? tre(i.message) : qs(i.path) + QStringLiteral(": ") + tre(i.message));
        m_problems = lines.join(QLatin1Char('\n'));
        for (const QString& l : lines.mid(0, 4)) shownLines << l.toHtmlEscaped();
        m_summary->setText(QStringLiteral("<span style='color:#d55e00'>%1</span>")
                               .arg(shownLines.join(QStringLiteral("<br>"))));
        m_run->setEnabled(false);
    } catch (const std::exception& e) {
        m_problems = tre(e.what());
        m_summary->setText(m_problems.toHtmlEscaped());
        m_run->setEnabled(false);
    }
}

// --- SweepWindow
// --------------------------------------------------------------------------------------------

SweepWindow::SweepWindow(const QString& storePath, int threads, QWidget* parent)
    : QWidget(parent, Qt::Window), m_storePath(storePath), m_threads(threads) {
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    m_view = new ui::SweepView(this);
    layout->addWidget(m_view, 1);
    auto* bar = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setFormat(tr("%v of %m cells"));
    m_status = new QLabel(this);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setToolTip(
        tr("Stop the cell under way; the finished cells are kept and the sweep can be resumed"));
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setToolTip(tr("Run the cells this sweep has not finished"));
    m_resume->hide();
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_status, 2);
    bar->addWidget(m_resume);
    bar->addWidget(m_stop);
    layout->addLayout(bar);
    m_timer = new QTimer(this);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &SweepWindow::poll);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner) m_runner->requestStop();
        m_status->setText(tr("Stopping…"));
    });
    connect(m_resume, &QPushButton::clicked, this, &SweepWindow::resumeStored);
    resize(1000, 680);
}

SweepWindow::~SweepWindow() {
    stopAndWait();
}

void SweepWindow::stopAndWait() {
    if (m_runner) m_runner->requestStop();
    if (m_thread.joinable()) m_thread.join();
}

SweepWindow* SweepWindow::startNew(SweepPlan plan, const QString& storePath, int threads, QWidget* parent) {
    auto* w = new SweepWindow(storePath, threads, parent);
    w->m_plan = plan;
    const std::string name = plan.base.value("name", std::string());
    w->setWindowTitle(tr("Sweep — %1").arg(qs(name)));
    if (!storePath.isEmpty()) w->m_store = std::make_unique<RunStore>(storePath.toStdString());
    SweepRunner::Options o;
    o.threads = threads;
    w->launch(std::make_unique<SweepRunner>(std::move(plan), w->m_store.get(), o));
    return w;
}

SweepWindow* SweepWindow::openStored(std::int64_t experimentId, const QString& storePath, int threads,
                                     QWidget* parent) {
    auto* w = new SweepWindow(storePath, threads, parent);
    w->m_experimentId = experimentId;
    w->m_store = std::make_unique<RunStore>(storePath.toStdString(), RunStore::Mode::ReadWriteExisting);
    PrepareOptions po;
    po.allowLong = true;
    w->m_plan = planSweep(w->m_store->config(experimentId), po);
    const auto cells = loadSweepCells(*w->m_store, experimentId, w->m_plan);
    const auto row = w->m_store->experiment(experimentId);
    w->setWindowTitle(tr("Sweep #%1 — %2").arg(experimentId).arg(row ? qs(row->name) : QString()));
    w->m_view->setSweep(w->m_plan, cells);
    std::size_t done = 0;
    for (const auto& c : cells) done += c.status == RunStatus::Finished;
    w->m_progress->setRange(0, int(cells.size()));
    w->m_progress->setValue(int(done));
    w->m_stop->hide();
    const bool complete = row && row->status == RunStatus::Finished;
    w->m_resume->setVisible(!complete && row && row->status != RunStatus::Running);
    w->m_status->setText(row ? (complete ? tr("Finished") : tre(row->message)) : QString());
    w->m_status->setWordWrap(true);
    return w;
}

void SweepWindow::resumeStored() {
    if (isRunning() || !m_store) return;
    try {
        SweepRunner::Options o;
        o.threads = m_threads;
        m_resume->hide();
        m_stop->show();
        launch(SweepRunner::resume(*m_store, m_experimentId, o));
    } catch (const std::exception& e) {
        m_status->setText(tre(e.what()));
    }
}

void SweepWindow::launch(std::unique_ptr<SweepRunner> runner) {
    if (m_thread.joinable()) m_thread.join();
    m_runner = std::move(runner);
    m_plan = m_runner->plan();
    m_done = false;
    m_shownDone = std::size_t(-1);
    m_progress->setRange(0, int(m_plan.cells()));
    m_view->setSweep(m_plan, m_runner->cellsSoFar());
    SweepRunner* r = m_runner.get();
    m_thread = std::thread([this, r] {
        m_result = int(r->run());
        m_done = true;
    });
    m_timer->start();
}

void SweepWindow::poll() {
    if (!m_runner) return;
    const auto p = m_runner->progress();
    m_progress->setValue(int(p.cellsDone));
    if (p.cellsDone != m_shownDone || m_done) {
        m_shownDone = p.cellsDone;
        m_view->setSweep(m_plan, m_runner->cellsSoFar());
    }
    if (!m_done) {
        const QString cell = qs(m_plan.cellText(p.cell));
        const double rate = p.snapshot ? p.snapshot->stepsPerSecond : 0;
        m_status->setText(tr("Cell %1 of %2 (%3), %4 %5/s")
                              .arg(p.cell + 1)
                              .arg(p.cellsTotal)
                              .arg(cell)
                              .arg(QString::number(rate, 'g', 3))
                              .arg(tre(m_plan.kind->stepUnit())));
        return;
    }
    m_timer->stop();
    if (m_thread.joinable()) m_thread.join();
    m_experimentId = m_runner->experimentId();
    const auto status = RunStatus(m_result.load());
    m_stop->hide();
    if (status == RunStatus::Finished) {
        m_status->setText(tr("Finished: %n cell(s) in %1 s", "", int(m_plan.cells()))
                              .arg(QString::number(p.elapsedSeconds, 'f', 1)));
    } else {
        m_status->setText(tre(m_runner->message()));
        m_resume->setVisible(m_store && m_experimentId > 0);
    }
    emit finished(m_experimentId, int(status));
}

} // namespace tb::gui
