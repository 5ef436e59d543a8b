// Translations (issue 9, item 6): counts are %n plurals in every language, English included. The English
// translator (plural forms only) is always installed as the base, so a C or POSIX locale reads "1 replicate",
// not "1 replicate(s)"; German sits on top. The .ts files are complete: no unfinished German message, and
// every German plural also has its two English forms.
#include <QtTest>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QXmlStreamReader>

#include "DistributionPlot.h"
#include "RunBrowser.h"
#include "RunBrowserModel.h"
#include "Translations.h"

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

    void tsFilesAreComplete() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("TB_SOURCE_DIR"),
                 "run through ctest, which sets TB_SOURCE_DIR");
        const QList<TsMessage> de = readTs(tsPath("de"));
        const QList<TsMessage> en = readTs(tsPath("en"));
        QVERIFY(de.size() > 200);
        QVERIFY(!en.isEmpty());
        QHash<QString, TsMessage> english;
        for (const TsMessage& m : en) english.insert(m.context + QLatin1Char('\n') + m.source, m);
        int numerus = 0;
        for (const TsMessage& m : de) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 (%2)").arg(where, m.type)));
            const QStringList texts = m.numerus ? m.forms : QStringList{m.text};
            for (const QString& t : texts) {
                QVERIFY2(!t.isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(t) == placeholders(m.source),
                         qPrintable(where + QStringLiteral(" → ") + t));
            }
            if (!m.numerus) continue;
            ++numerus;
            QVERIFY2(m.forms.size() == 2, qPrintable(where));
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
        // The English file carries only plural forms, all of them finished.
        for (const TsMessage& m : en) {
            QVERIFY2(m.numerus, qPrintable(m.source));
            QVERIFY2(m.type.isEmpty() && m.forms.size() == 2, qPrintable(m.source));
        }
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
