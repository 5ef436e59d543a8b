#pragma once
// Where exports go and what they are called, for every export of the window (plot pictures and data, the run
// browser's table): the default file name names the experiment and its run id
// ("classic-10-arm-bernoulli_run-12_cumulative-pseudo-regret.png"), pictures carry the same in their title,
// and the folder is the last one the user exported to (the documents folder the first time), never the
// process's working folder.
#include <QString>

class QWidget;

namespace tb::ui {

/// What an export shows: a stored experiment's name and id, or nothing yet (a run not recorded).
struct ExportSubject {
    QString experiment; ///< its name ("" when unknown)
    qint64 runId = -1;  ///< its id in the store (-1 when not stored)
    bool operator==(const ExportSubject&) const = default;
};

/// Lower-case letters and digits, every other run of characters one '-': "Cumulative pseudo-regret" →
/// "cumulative-pseudo-regret". "" stays "".
QString fileNameSlug(const QString& text);
/// "<experiment>_run-<id>_<what>.<suffix>" with each part slugged; missing parts are left out.
QString exportFileName(const ExportSubject& subject, const QString& what, const QString& suffix);
/// The title put in an exported picture: "Cumulative pseudo-regret — Classic 10-arm Bernoulli · run #12".
QString exportTitle(const ExportSubject& subject, const QString& title);
/// The folder of the last export (QSettings "export/folder") while it exists, else the documents folder.
QString exportFolder();
/// Remembers the folder of `path` for the next export.
void rememberExportFolder(const QString& path);
/// exportFolder() + "/" + exportFileName(subject, what, suffix).
QString defaultExportPath(const ExportSubject& subject, const QString& what, const QString& suffix);
/// A save dialog opened at defaultExportPath(); remembers the chosen folder. "" when cancelled.
QString askExportPath(QWidget* parent, const QString& caption, const ExportSubject& subject,
                      const QString& what, const QString& suffix, const QString& filter);

/// Files the window reads for the user (failure counts, (N, a) pairs) must not be an SQLite database or its
/// -wal/-shm/-journal: this process holds a connection to its store, and closing any other descriptor of that
/// file would drop the locks SQLite holds on it (docs/store.md). "" when `path` may be read, else why not.
QString sqliteInputRefusal(const QString& path);

} // namespace tb::ui
