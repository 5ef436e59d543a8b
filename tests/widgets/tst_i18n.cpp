// Translations (issue 9, item 6; issue 12, item 6): counts are %n plurals in every language, English
// included. The English translator (plural forms only) is always installed as the base, so a C or POSIX
// locale reads "1 replicate", not "1 replicate(s)"; German or Chinese sits on top. The .ts files are complete
// (no unfinished message, every plural also has its two English forms) and up to date (lupdate finds nothing
// new). The engine's display strings (labels, help, units, notes, warnings, marked with TB_TR) are translated
// too: every one a kind exposes has a German and a Chinese translation, and strings built from parts are
// translated through the engine's patterns (ui::tre).
#include <QtTest>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include "DistributionPlot.h"
#include "QtText.h"
#include "RunBrowser.h"
#include "RunBrowserModel.h"
#include "Translations.h"
#include "run/Registry.h"

using namespace tb;

namespace {

QString t(const char* context, const char* source, int n) {
    return QCoreApplication::translate(context, source, nullptr, n);
}

// Real contexts and sources from widgets/ and app/gui/.
constexpr const char* kReplicates[2] = {"tb::gui::RunPresenter", "%n replicate(s)"};
constexpr const char* kReady[2] = {"tb::gui::RunPresenter", "Ready · %n replicate(s) · press Run to start"};
constexpr const char* kRuns[2] = {"tb::ui::RunBrowser", "%n run(s)"};
constexpr const char* kOfRuns[2] = {"tb::ui::RunBrowser", "%1 of %n run(s)"};
constexpr const char* kProblems[2] = {"tb::gui::ExperimentPanel",
                                      "⚠ %n problem(s) in the configuration: fix the marked fields to run."};
constexpr const char* kRows[2] = {"QObject", "%n row(s)"};
constexpr const char* kOutliers[2] = {"tb::ui::DistributionPlot", "%n outlier(s)"};
constexpr const char* kComparing[2] = {"tb::ui::CompareView", "Comparing %n run(s): %1"};

QString t(const char* const (&m)[2], int n) {
    return t(m[0], m[1], n);
}

// The box-plot readout is protected; the tests read it through this.
struct Distribution : ui::DistributionPlot {
    using DistributionPlot::readout;
};

struct TsMessage {
    QString context, source;
    bool numerus = false;
    QString type; ///< the translation's type attribute: empty when finished
    QString text;
    QStringList forms;
};

QList<TsMessage> readTs(const QString& path) {
    QList<TsMessage> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return out;
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) out << m;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage{
                context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                {},      {}, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) m.text = xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            m.forms << xml.readElementText();
        }
    }
    if (xml.hasError()) qWarning() << path << xml.errorString();
    return out;
}

QString tsPath(const char* lang) {
    return qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/translations/trialbench_%1.ts").arg(lang);
}

QSet<QString> placeholders(const QString& s) {
    static const QRegularExpression re(QStringLiteral("%(n|\\d+)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();) out << it.next().captured();
    return out;
}

/// The lupdate of this Qt (Debian: qt6-l10n-tools), or "" when there is none.
QString lupdatePath() {
    const QString here = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (QFileInfo(here).isExecutable()) return here;
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

/// What lupdate keys a message by, with whether it is a plural.
QSet<QString> keys(const QList<TsMessage>& messages) {
    QSet<QString> out;
    for (const TsMessage& m : messages)
        out << m.context + QLatin1Char('\n') + m.source + (m.numerus ? QStringLiteral("\n#n") : QString());
    return out;
}

/// Every display string a kind exposes: its label and step unit, its parameters' labels, help, units and item
/// names (variants included), its metrics' labels, units and category labels, its plots' titles, axis labels
/// and notes, and its patterns.
void collect(const Param& p, QSet<QString>& out) {
    for (const std::string* s : {&p.label, &p.help, &p.unit, &p.itemName}) out << QString::fromStdString(*s);
    for (const Param& f : p.fields) collect(f, out);
    for (const VariantSpec& v : p.variants) {
        out << QString::fromStdString(v.label) << QString::fromStdString(v.help);
        for (const Param& f : v.fields) collect(f, out);
    }
}

QSet<QString> exposedStrings() {
    QSet<QString> out;
    for (const Kind* k : kinds()) {
        out << QString::fromStdString(k->label()) << QString::fromStdString(k->stepUnit());
        for (const Param& p : k->spec().fields()) collect(p, out);
        for (const MetricDecl& m : k->metrics())
            out << QString::fromStdString(m.label) << QString::fromStdString(m.unit)
                << QString::fromStdString(m.categoryLabel);
        for (const PlotDecl& d : k->plots())
            for (const std::string* s : {&d.title, &d.xLabel, &d.yLabel, &d.note})
                out << QString::fromStdString(*s);
    }
    for (const std::string& p : textPatterns()) out << QString::fromStdString(p);
    for (const PresetText& p : presetTexts())
        out << QString::fromUtf8(p.title) << QString::fromUtf8(p.description);
    QSet<QString> words; // only what has words: "n", "ε", "" are the same in every language
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    for (const QString& s : out)
        if (s.contains(word)) words << s;
    return words;
}

/// Whether a translation may be the source itself: every word of three letters or more in it is a name, an
/// abbreviation or a function of a formula (identifiers with '_' or a digit count as formula), or, per
/// language, one that the language writes the same way.
bool mayStayAsItIs(const QString& source, const QString& language) {
    static const QSet<QString> neutral = {
        QStringLiteral("UCB"),   QStringLiteral("MOSS"), QStringLiteral("VarTS"), QStringLiteral("EXP"),
        QStringLiteral("Bayes"), QStringLiteral("DPO"),  QStringLiteral("RLHF"),  QStringLiteral("UWO"),
        QStringLiteral("Hill"),  QStringLiteral("Zeta"), QStringLiteral("zeta"),  QStringLiteral("sqrt"),
        QStringLiteral("exp"),   QStringLiteral("min"),  QStringLiteral("xmin"),  QStringLiteral("Student"),
        QStringLiteral("SQLite")};
    static const QSet<QString> german = {
        QStringLiteral("Generator"), QStringLiteral("Name"),      QStringLiteral("Seed"),
        QStringLiteral("Training"),  QStringLiteral("Basis"),     QStringLiteral("Aggregator"),
        QStringLiteral("Prompts"),   QStringLiteral("Pipelines"), QStringLiteral("Labels"),
        QStringLiteral("Online"),    QStringLiteral("Softmax"),   QStringLiteral("Boltzmann"),
        QStringLiteral("Thompson"),  QStringLiteral("Beta"),      QStringLiteral("greedy"),
        QStringLiteral("Soft"),      QStringLiteral("Best")};
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9_]+"));
    for (auto it = token.globalMatch(source); it.hasNext();) {
        const QString t = it.next().captured();
        if (t.contains(QLatin1Char('_')) || t.contains(QRegularExpression(QStringLiteral("[0-9]")))) {
            const QString letters = QString(t).remove(QRegularExpression(QStringLiteral("[0-9]")));
            if (letters.size() < 3 || t.contains(QLatin1Char('_')) || neutral.contains(letters)) continue;
            return false;
        }
        if (t.size() < 3 || neutral.contains(t)) continue;
        if (language == QLatin1String("de") && german.contains(t)) continue;
        return false;
    }
    return true;
}

/// The engine's marked patterns: TB_TR("engine", "…%1…") literals of every engine source (adjacent literals
/// joined, \" and \\ unescaped).
QSet<QString> markedPatternsInSources() {
    QSet<QString> out;
    static const QRegularExpression mark(
        QStringLiteral(R"re(TB_TR\(\s*"engine"\s*,\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+)\))re"));
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\\n]|\\.)*)")re"));
    QDirIterator it(qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/engine"),
                    {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = mark.globalMatch(text); m.hasNext();) {
            QString joined;
            const QString lits = m.next().captured(1);
            for (auto l = literal.globalMatch(lits); l.hasNext();) joined += l.next().captured(1);
            joined.replace(QStringLiteral("\\\""), QStringLiteral("\""))
                .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
            if (joined.contains(QRegularExpression(QStringLiteral("%[1-9]")))) out << joined;
        }
    }
    return out;
}

} // namespace

class TestI18n : public QObject {
    Q_OBJECT

    void checkEnglish() {
        QCOMPARE(t(kReplicates, 1), QStringLiteral("1 replicate"));
        QCOMPARE(t(kReplicates, 2), QStringLiteral("2 replicates"));
        QCOMPARE(t(kReplicates, 0), QStringLiteral("0 replicates"));
        QCOMPARE(t(kReady, 1), QStringLiteral("Ready · 1 replicate · press Run to start"));
        QCOMPARE(t(kRuns, 1), QStringLiteral("1 run"));
        QCOMPARE(t(kRuns, 0), QStringLiteral("0 runs"));
        QCOMPARE(t(kOfRuns, 1).arg(0), QStringLiteral("0 of 1 run"));
        QCOMPARE(t(kOfRuns, 12).arg(3), QStringLiteral("3 of 12 runs"));
        QCOMPARE(t(kProblems, 1),
                 QStringLiteral("⚠ 1 problem in the configuration: fix the marked field to run."));
        QCOMPARE(t(kProblems, 3),
                 QStringLiteral("⚠ 3 problems in the configuration: fix the marked fields to run."));
        QCOMPARE(t(kRows, 1), QStringLiteral("1 row"));
        QCOMPARE(t(kRows, 5), QStringLiteral("5 rows"));
        QCOMPARE(t(kOutliers, 1), QStringLiteral("1 outlier"));
        QCOMPARE(t(kOutliers, 0), QStringLiteral("0 outliers"));
        QCOMPARE(t(kComparing, 2).arg(QStringLiteral("3, 4")), QStringLiteral("Comparing 2 runs: 3, 4"));
    }

private slots:
    void cleanupTestCase() { gui::installTranslations(*qApp, QLocale::c()); }

    // qt_add_translations sits on the static tb_gui library: its resources reach every executable linking it.
    void translationsAreEmbedded() {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/trialbench_en.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/trialbench_de.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/trialbench_zh_CN.qm")));
    }

    void englishPluralsUnderTheCLocale() {
        gui::installTranslations(*qApp, QLocale::c());
        checkEnglish();
        gui::installTranslations(*qApp, QLocale(QStringLiteral("C")));
        checkEnglish();
    }

    void englishPluralsUnderAnEnglishLocale() {
        gui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        checkEnglish();
        gui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom));
        checkEnglish();
    }

    // A language without a translation falls back to English, plurals included.
    void englishPluralsUnderAnUntranslatedLocale() {
        gui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France));
        checkEnglish();
    }

    void germanPlurals() {
        gui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(t(kReplicates, 1), QStringLiteral("1 Wiederholung"));
        QCOMPARE(t(kReplicates, 2), QStringLiteral("2 Wiederholungen"));
        QCOMPARE(t(kReplicates, 0), QStringLiteral("0 Wiederholungen"));
        QCOMPARE(t(kReady, 1), QStringLiteral("Bereit · 1 Wiederholung · zum Starten „Starten“ drücken"));
        QCOMPARE(t(kReady, 8), QStringLiteral("Bereit · 8 Wiederholungen · zum Starten „Starten“ drücken"));
        QCOMPARE(t(kRuns, 1), QStringLiteral("1 Lauf"));
        QCOMPARE(t(kRuns, 2), QStringLiteral("2 Läufe"));
        QCOMPARE(t(kOfRuns, 1).arg(0), QStringLiteral("0 von 1 Lauf"));
        QCOMPARE(t(kOfRuns, 12).arg(3), QStringLiteral("3 von 12 Läufen"));
        QCOMPARE(t(kProblems, 1), QStringLiteral("⚠ 1 Fehler in der Konfiguration: Korrigieren Sie das "
                                                 "markierte Feld, um zu starten."));
        QCOMPARE(t(kProblems, 2), QStringLiteral("⚠ 2 Fehler in der Konfiguration: Korrigieren Sie die "
                                                 "markierten Felder, um zu starten."));
        QCOMPARE(t(kRows, 1), QStringLiteral("1 Zeile"));
        QCOMPARE(t(kRows, 3), QStringLiteral("3 Zeilen"));
        QCOMPARE(t(kOutliers, 1), QStringLiteral("1 Ausreißer"));
        QCOMPARE(t(kComparing, 1).arg(QStringLiteral("3")), QStringLiteral("Vergleich von 1 Lauf: 3"));
        QCOMPARE(t(kComparing, 2).arg(QStringLiteral("3, 4")),
                 QStringLiteral("Vergleich von 2 Läufen: 3, 4"));
        // Strings that moved from MainWindow into ExperimentPanel and RunPresenter kept their translation.
        QCOMPARE(QCoreApplication::translate("tb::gui::ExperimentPanel", "Resume"),
                 QStringLiteral("Fortsetzen"));
        QCOMPARE(QCoreApplication::translate("tb::gui::RunPresenter", "Back to the current run"),
                 QStringLiteral("Zurück zum aktuellen Lauf"));
        // A second call replaces the translators: back to English.
        gui::installTranslations(*qApp, QLocale::c());
        checkEnglish();
        QCOMPARE(QCoreApplication::translate("tb::gui::ExperimentPanel", "Resume"), QStringLiteral("Resume"));
    }

    // The box plot's readout: "(1 replicate)", "0 outliers"; a label holding "%3" is shown as it is.
    void boxReadoutUsesPlurals() {
        gui::installTranslations(*qApp, QLocale::c());
        Distribution plot;
        plot.setSamples({{QStringLiteral("ucb %3"), Qt::red, {0.5}},
                         {QStringLiteral("greedy"), Qt::blue, {1, 2, 3, 4, 5, 6, 7, 8, 100}}});
        const QString one = plot.readout(1);
        QVERIFY2(one.contains(QStringLiteral("<b>ucb %3</b> (1 replicate)<br>")), qPrintable(one));
        QVERIFY2(one.endsWith(QStringLiteral(" · 0 outliers")), qPrintable(one));
        const QString nine = plot.readout(2);
        QVERIFY2(nine.contains(QStringLiteral("(9 replicates)")), qPrintable(nine));
        QVERIFY2(nine.endsWith(QStringLiteral(" · 1 outlier")), qPrintable(nine));
        gui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany));
        const QString de = plot.readout(1);
        QVERIFY2(de.contains(QStringLiteral("(1 Wiederholung)<br>Mittelwert")), qPrintable(de));
        QVERIFY2(plot.readout(2).contains(QStringLiteral("(9 Wiederholungen)")), qPrintable(plot.readout(2)));
    }

    // The run browser's status column fits its longest status in the language shown (German "Abgeschlossen"
    // was cut to "Abgeschlo…" in a column sized for English).
    void browserStatusColumnFitsTheTranslation() {
        gui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany));
        ui::RunBrowser browser;
        const QTableView* view = browser.view();
        const QString finished = ui::statusText(RunStatus::Finished);
        QCOMPARE(finished, QStringLiteral("Abgeschlossen"));
        QVERIFY2(view->columnWidth(ui::RunBrowserModel::Status) >
                     view->fontMetrics().horizontalAdvance(finished + QStringLiteral(" 100%")),
                 qPrintable(QString::number(view->columnWidth(ui::RunBrowserModel::Status))));
        gui::installTranslations(*qApp, QLocale::c());
    }

    void tsFilesAreComplete_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("forms"); // plural forms of the language
        QTest::newRow("de") << QStringLiteral("de") << 2;
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
    }

    void tsFilesAreComplete() {
        QFETCH(QString, language);
        QFETCH(int, forms);
        QVERIFY2(!qEnvironmentVariableIsEmpty("TB_SOURCE_DIR"),
                 "run through ctest, which sets TB_SOURCE_DIR");
        const QList<TsMessage> messages = readTs(tsPath(language.toLatin1().constData()));
        const QList<TsMessage> en = readTs(tsPath("en"));
        QVERIFY(messages.size() > 900);
        QVERIFY(!en.isEmpty());
        QHash<QString, TsMessage> english;
        for (const TsMessage& m : en) english.insert(m.context + QLatin1Char('\n') + m.source, m);
        int numerus = 0, engine = 0;
        for (const TsMessage& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            // Finished: neither unfinished nor obsolete or vanished (lupdate -no-obsolete drops those).
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 (%2)").arg(where, m.type)));
            engine += m.context == QLatin1String("engine");
            const QStringList texts = m.numerus ? m.forms : QStringList{m.text};
            for (const QString& t : texts) {
                QVERIFY2(!t.isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(t) == placeholders(m.source),
                         qPrintable(where + QStringLiteral(" → ") + t));
            }
            if (!m.numerus) continue;
            ++numerus;
            QVERIFY2(m.forms.size() == forms, qPrintable(where));
            const auto e = english.constFind(m.context + QLatin1Char('\n') + m.source);
            QVERIFY2(e != english.constEnd(),
                     qPrintable(QStringLiteral("not in trialbench_en.ts: ") + where));
            QVERIFY2(e->numerus && e->type.isEmpty() && e->forms.size() == 2, qPrintable(where));
            for (const QString& f : e->forms) {
                QVERIFY2(!f.isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(f) == placeholders(m.source),
                         qPrintable(where + QStringLiteral(" → ") + f));
            }
        }
        QVERIFY(numerus >= 10);
        QVERIFY(engine > 600); // the engine's labels, help, units, notes and messages
        // The English file carries only plural forms, all of them finished.
        for (const TsMessage& m : en) {
            QVERIFY2(m.numerus, qPrintable(m.source));
            QVERIFY2(m.type.isEmpty() && m.forms.size() == 2, qPrintable(m.source));
        }
    }

    // The .ts files hold exactly what lupdate finds in the sources (the engine's TB_TR marks included): run
    // on a copy, it adds nothing (a new string would arrive unfinished) and drops nothing.
    void lupdateFindsNothingNew() {
        const QString lupdate = lupdatePath();
        if (lupdate.isEmpty()) QSKIP("no lupdate (Debian: qt6-l10n-tools, scripts/install-deps.sh)");
        QTemporaryDir dir;
        const QString source = qEnvironmentVariable("TB_SOURCE_DIR");
        QStringList copies;
        for (const char* lang : {"de", "zh_CN", "en"}) {
            const QString copy = dir.filePath(QStringLiteral("trialbench_%1.ts").arg(QLatin1String(lang)));
            QVERIFY(QFile::copy(tsPath(lang), copy));
            copies << copy;
        }
        const QStringList common = {QStringLiteral("engine"),
                                    QStringLiteral("widgets"),
                                    QStringLiteral("app/gui"),
                                    QStringLiteral("-tr-function-alias"),
                                    QStringLiteral("QT_TRANSLATE_NOOP+=TB_TR"),
                                    QStringLiteral("-no-obsolete"),
                                    QStringLiteral("-locations"),
                                    QStringLiteral("none"),
                                    QStringLiteral("-silent")};
        auto run = [&](const QStringList& ts, const QStringList& extra) {
            QProcess p;
            p.setWorkingDirectory(source);
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(lupdate, common + extra + QStringList{QStringLiteral("-ts")} + ts);
            QVERIFY(p.waitForFinished(180000));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAll().constData());
        };
        run({copies[0], copies[1]}, {});
        run({copies[2]}, {QStringLiteral("-pluralonly")});
        for (int i = 0; i < 3; ++i) {
            const char* lang = i == 0 ? "de" : i == 1 ? "zh_CN" : "en";
            const QList<TsMessage> before = readTs(tsPath(lang)), after = readTs(copies[i]);
            QCOMPARE(keys(after), keys(before));
            for (const TsMessage& m : after)
                QVERIFY2(m.type.isEmpty(),
                         qPrintable(QStringLiteral("%1 %2: %3 (%4)")
                                        .arg(QLatin1String(lang), m.context, m.source, m.type)));
        }
    }

    // Every display string a kind exposes (and every pattern, preset title and description) is translated
    // into German and Chinese in the compiled files; one that stays as it is must be language-neutral
    // (mayStayAsItIs: names, abbreviations, formulas).
    void engineStringsAreTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void engineStringsAreTranslated() {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/trialbench_") + language + QStringLiteral(".qm")));
        const QSet<QString> strings = exposedStrings();
        QVERIFY(strings.size() > 400);
        QStringList problems;
        for (const QString& s : strings) {
            const QString t = translator.translate("engine", s.toUtf8().constData());
            if (t.isEmpty())
                problems << QStringLiteral("no translation: ") + s;
            else if (t == s && !mayStayAsItIs(s, language))
                problems << QStringLiteral("not translated: ") + s;
        }
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A display string built from parts is written from a pattern that the engine lists (tb::textPatterns()),
    // or the window could not translate it.
    void everyMarkedPatternIsListed() {
        QSet<QString> listed;
        for (const std::string& p : textPatterns()) {
            const QString q = QString::fromStdString(p);
            QVERIFY2(q.contains(QRegularExpression(QStringLiteral("%[1-9]"))), qPrintable(q));
            listed << q;
        }
        const QSet<QString> marked = markedPatternsInSources();
        QVERIFY(marked.size() > 100);
        QStringList unlisted;
        for (const QString& m : marked)
            if (!listed.contains(m)) unlisted << m;
        unlisted.sort();
        QVERIFY2(unlisted.isEmpty(), qPrintable(unlisted.join(QLatin1Char('\n'))));
    }

    // run/PresetTexts.cpp holds every shipped preset's title and description, marked, as resources/presets
    // has them.
    void presetTextsMatchThePresets() {
        const auto& texts = presetTexts();
        QCOMPARE(texts.size(), presets().size());
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const Preset& p = presets()[i];
            QCOMPARE(QString::fromUtf8(texts[i].name), QString::fromStdString(p.name));
            QCOMPARE(QString::fromUtf8(texts[i].title),
                     QString::fromStdString(p.config.value("name", std::string())));
            QCOMPARE(QString::fromUtf8(texts[i].description), QString::fromStdString(p.description));
        }
    }

    // ui::tre: whole strings by their translation, strings built from parts through the engine's patterns
    // (parts translated too), anything else as it is; back to English when the translators change.
    void engineTextsFollowTheLanguage() {
        gui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(ui::tre("Cumulative pseudo-regret"), QStringLiteral("Kumulativer Pseudo-Regret"));
        QCOMPARE(ui::tre("arm 3"), QStringLiteral("Arm 3"));
        QCOMPARE(ui::tre("early stop (step 120)"), QStringLiteral("früher Abbruch (Schritt 120)"));
        QCOMPARE(ui::tre("Thompson (Gaussian, σ=0.5) searching 100 arms"),
                 QStringLiteral("Thompson (Gauß, σ=0.5) durchsucht 100 Arme"));
        QCOMPARE(ui::tre("Best-of-n: fit α of d(α − β d) †"),
                 QStringLiteral("Best-of-n: angepasstes α von d(α − β d) †"));
        QCOMPARE(ui::tre("my own label"), QStringLiteral("my own label"));
        QCOMPARE(ui::tre("0.5"), QStringLiteral("0.5"));
        QCOMPARE(ui::trIssue({"horizon", "0 must be >= 1"}), QStringLiteral("horizon: 0 muss >= 1 sein"));
        QCOMPARE(ui::trIssue({"policies", "expected at least 1 item, got 0"}),
                 QStringLiteral("policies: mindestens 1 Eintrag erwartet, erhalten: 0"));
        QCOMPARE(
            ui::tre("needs about 3.2 GiB of memory (mostly replicates × policies × arms = 1e+06 × 64 × 10 = "
                    "6.4e+08 per-arm states of about 176 bytes); the limit is 2 GiB (half of this machine's "
                    "4 GiB)"),
            QStringLiteral(
                "braucht etwa 3.2 GiB Speicher (hauptsächlich Wiederholungen × Strategien × Arme = 1e+06 "
                "× 64 × 10 = 6.4e+08 Zustände pro Arm von je etwa 176 Byte); die Grenze liegt bei 2 GiB "
                "(die Hälfte der 4 GiB dieses Rechners)"));
        gui::installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(ui::tre("Cumulative pseudo-regret"), QStringLiteral("累积伪遗憾"));
        QCOMPARE(ui::tre("arm 3"), QStringLiteral("臂 3"));
        QCOMPARE(ui::tre("Limited"), QStringLiteral("受限"));
        gui::installTranslations(*qApp, QLocale::c());
        QCOMPARE(ui::tre("Cumulative pseudo-regret"), QStringLiteral("Cumulative pseudo-regret"));
        QCOMPARE(ui::tre("arm 3"), QStringLiteral("arm 3"));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
