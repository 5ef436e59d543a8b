// trialbench: the TrialBench workbench window.
#include <QApplication>
#include <QCommandLineParser>

#include "MainWindow.h"
#include "Screenshots.h"
#include "Translations.h"
#include "WindowHost.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TrialBench"));
    QApplication::setOrganizationName(QStringLiteral("TrialBench"));
    QApplication::setApplicationVersion(QStringLiteral(TB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.trialbench.TrialBench"));

    // The language of View > Language, else the system's (the help text below is translated too).
    tb::gui::applyLanguage(app, tb::gui::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "TrialBench: bandit, survival-game and RLHF "
                                                             "experiments, run live and stored."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption db(QStringLiteral("db"),
                          QApplication::translate("main",
                                                  "Run store to use (default: $TRIALBENCH_DB, else the "
                                                  "same file as trialbench-cli)."),
                          QApplication::translate("main", "PATH"));
    QCommandLineOption shots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Write documentation screenshots into DIR and exit."),
        QApplication::translate("main", "DIR"));
    shots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(db);
    parser.addOption(shots);
    parser.addPositionalArgument(QStringLiteral("config"),
                                 QApplication::translate("main", "JSON config file or preset:NAME to load."),
                                 QStringLiteral("[config]"));
    parser.process(app);

    tb::gui::MainWindow::Options options;
    options.storePath = parser.value(db);
    if (!parser.positionalArguments().isEmpty()) options.config = parser.positionalArguments().front();
    if (parser.isSet(shots)) {
        options.useSettings = false;
        tb::gui::applyLanguage(app, QString()); // the documentation's pictures follow the system's language
    }
    // The host owns the window and rebuilds it when View > Language changes the language.
    tb::gui::WindowHost host(options);
    host.window()->show();
    if (parser.isSet(shots)) tb::gui::takeScreenshots(host.window(), parser.value(shots));
    return app.exec();
}
