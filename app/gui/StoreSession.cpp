#include "StoreSession.h"

#include <QDir>
#include <QSettings>

#include "QtText.h"

namespace tb::gui {

using ui::qs;

namespace {
constexpr int kMaxRecent = 8;
}

StoreSession::StoreSession(bool useSettings, QObject* parent) : QObject(parent), m_useSettings(useSettings) {}

std::shared_ptr<RunStore> StoreSession::tryOpen(const QString& path, QString* error) {
    try {
        return std::make_shared<RunStore>(path.toStdString());
    } catch (const std::exception& e) {
        *error = ui::tre(e.what()); // the engine's English message in the window's language
        return nullptr;
    }
}

void StoreSession::openAtStart(const QString& path) {
    QString wanted = path;
    if (wanted.isEmpty() && m_useSettings)
        wanted = QSettings().value(QStringLiteral("store/last")).toString();
    if (wanted.isEmpty()) wanted = qs(RunStore::defaultPath()); // $TRIALBENCH_DB first
    QString error;
    if (auto store = tryOpen(wanted, &error)) {
        use(std::move(store), QString());
        return;
    }
    // Refused: the CLI's default, then the user's own default store, which $TRIALBENCH_DB does not move.
    QStringList fallbacks;
    for (const QString& p : {qs(RunStore::defaultPath()), qs(RunStore::dataHomePath())})
        if (p != wanted && !fallbacks.contains(p)) fallbacks << p;
    QString why;
    for (const QString& p : fallbacks) {
        QString fallbackError;
        if (auto store = tryOpen(p, &fallbackError)) {
            use(std::move(store),
                tr("%1 was refused; using the default store").arg(QDir::toNativeSeparators(wanted)));
            emit failed(tr("Cannot open the store"),
                        tr("%1\n\nThe window uses the default store instead:\n%2")
                            .arg(error, QDir::toNativeSeparators(this->path())));
            return;
        }
        why += QStringLiteral("\n") + fallbackError;
    }
    use(nullptr, tr("No store: %1 was refused. Runs cannot be recorded, so Run is disabled; "
                    "open a store with File > Open store.")
                     .arg(QDir::toNativeSeparators(wanted)));
    emit failed(tr("Cannot open the store"),
                tr("%1%2\n\nThere is no store to record runs in, so Run is disabled until you open one "
                   "(File > Open store or New store).")
                    .arg(error, why));
}

bool StoreSession::open(const QString& path) {
    QString error;
    auto store = tryOpen(path, &error);
    if (!store) {
        emit failed(tr("Cannot open the store"), error);
        return false;
    }
    use(std::move(store), QString());
    return true;
}

void StoreSession::use(std::shared_ptr<RunStore> store, const QString& notice) {
    m_store = std::move(store);
    m_notice = notice;
    if (m_store && m_useSettings) {
        const QString p = path();
        QSettings s;
        s.setValue(QStringLiteral("store/last"), p);
        QStringList recent = s.value(QStringLiteral("store/recent")).toStringList();
        recent.removeAll(p);
        recent.prepend(p);
        while (recent.size() > kMaxRecent) recent.removeLast();
        s.setValue(QStringLiteral("store/recent"), recent);
        emit recentChanged();
    }
    emit changed();
}

QString StoreSession::path() const {
    return m_store ? qs(m_store->path()) : QString();
}

QStringList StoreSession::recent() const {
    return m_useSettings ? QSettings().value(QStringLiteral("store/recent")).toStringList() : QStringList();
}

} // namespace tb::gui
