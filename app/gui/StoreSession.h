#pragma once
// StoreSession: the window's run store. Opens the store chosen at start (--db, $TRIALBENCH_DB, the last store
// used, the CLI's default) and, when it is refused (another program's file, a newer schema, a damaged store),
// falls back to the user's default store and says so. When no store can be opened there is none, and
// problem() says why: the window then disables Run, because a run is never made without being recorded.
// Keeps the recent stores (QSettings).
#include <QObject>
#include <QStringList>
#include <memory>

#include "store/RunStore.h"

namespace tb::gui {

class StoreSession : public QObject {
    Q_OBJECT
public:
    explicit StoreSession(bool useSettings, QObject* parent = nullptr);

    /// Opens the store at start: `path`, else $TRIALBENCH_DB, else the last store used, else the CLI's
    /// default (RunStore::defaultPath()). A refused store is reported once (failed()) with the store used
    /// instead: the next of the CLI's default and the user's default (RunStore::dataHomePath()) that opens.
    void openAtStart(const QString& path);
    /// Opens `path` (the user chose it). On failure reports it (failed()) and keeps the current store.
    bool open(const QString& path);

    std::shared_ptr<RunStore> store() const { return m_store; }
    QString path() const;
    /// Why the store in use is not the one asked for, or why there is no store; "" when neither.
    QString notice() const { return m_notice; }
    QStringList recent() const;

signals:
    /// store() (or notice()) changed.
    void changed();
    void recentChanged();
    void failed(const QString& title, const QString& text);

private:
    /// The store at `path`, or null with the reason in *error.
    static std::shared_ptr<RunStore> tryOpen(const QString& path, QString* error);
    void use(std::shared_ptr<RunStore> store, const QString& notice);

    bool m_useSettings;
    std::shared_ptr<RunStore> m_store;
    QString m_notice;
};

} // namespace tb::gui
