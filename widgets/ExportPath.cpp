#include "ExportPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

#include "QtText.h"
#include "store/StoreFile.h"

namespace tb::ui {

namespace {
const QString kFolderKey = QStringLiteral("export/folder");
}

QString fileNameSlug(const QString& text) {
    QString out;
    bool dash = false;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !out.isEmpty()) out += QLatin1Char('-');
            out += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

QString exportFileName(const ExportSubject& subject, const QString& what, const QString& suffix) {
    QStringList parts;
    if (const QString e = fileNameSlug(subject.experiment); !e.isEmpty()) parts << e;
    if (subject.runId >= 0) parts << QStringLiteral("run-%1").arg(subject.runId);
    if (const QString w = fileNameSlug(what); !w.isEmpty()) parts << w;
    if (parts.isEmpty()) parts << QStringLiteral("trialbench");
    return parts.join(QLatin1Char('_')) + QLatin1Char('.') + suffix;
}

QString exportTitle(const ExportSubject& subject, const QString& title) {
    QString who = subject.experiment;
    if (subject.runId >= 0)
        who += (who.isEmpty() ? QString() : QStringLiteral(" · ")) +
               QCoreApplication::translate("ExportPath", "run #%1").arg(subject.runId);
    if (who.isEmpty()) return title;
    if (title.isEmpty()) return who;
    return title + QStringLiteral(" — ") + who;
}

QString exportFolder() {
    const QString last = QSettings().value(kFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir()) return last;
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}

void rememberExportFolder(const QString& path) {
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

QString defaultExportPath(const ExportSubject& subject, const QString& what, const QString& suffix) {
    return QDir(exportFolder()).filePath(exportFileName(subject, what, suffix));
}

QString askExportPath(QWidget* parent, const QString& caption, const ExportSubject& subject,
                      const QString& what, const QString& suffix, const QString& filter) {
    const QString path =
        QFileDialog::getSaveFileName(parent, caption, defaultExportPath(subject, what, suffix), filter);
    if (!path.isEmpty()) rememberExportFolder(path);
    return path;
}

QString sqliteInputRefusal(const QString& path) {
    const std::string role = store::sqliteFileRole(QFile::encodeName(path).toStdString());
    if (role.empty()) return {};
    return QCoreApplication::translate("ExportPath", "%1 is %2, not a text or CSV file; nothing was read.")
        .arg(QDir::toNativeSeparators(path), tre(role));
}

} // namespace tb::ui
