#pragma once
// WindowHost owns the main window and rebuilds it when View > Language changes the language: the window
// builds its texts (menus, docks, the form, the plots' titles) when it is made, so a new language is a new
// window that takes over the old one's state.
#include <QObject>
#include <QPointer>

#include "MainWindow.h"

namespace tb::gui {

class WindowHost : public QObject {
    Q_OBJECT
public:
    explicit WindowHost(MainWindow::Options options, QObject* parent = nullptr);
    ~WindowHost() override;

    MainWindow* window() const { return m_window; }

    /// Shows the window in `setting` ("" = the system's language, else a code of languages()): refused
    /// (false) while a run or an import is under way. Otherwise saves the setting (with settings on),
    /// installs its translations and locale (applyLanguage) and replaces the window by a new one with the
    /// same store, the same config in the form (the same preset when it is one), the same geometry and docks,
    /// the same stored run or comparison in the centre (the finished current run shown as stored), the
    /// same plot tab, and the same modes: presenter mode, hidden controls, live tuning, the open lesson
    /// (its text in the new language, not run again) and the step-mode panel with its policy and its
    /// "Hide true means" choice (its play starts again at round 0).
    bool switchLanguage(const QString& setting);

signals:
    /// The window was rebuilt: the old one is being deleted.
    void windowReplaced(MainWindow* window);

private:
    void adopt(MainWindow* window);
    /// Shows plot tab `tab` of the new window, now or when its preview arrives.
    void restoreTab(MainWindow* window, int tab);

    MainWindow::Options m_options;
    QPointer<MainWindow> m_window;
    QList<QPointer<MainWindow>> m_retired; ///< replaced windows, deleted by the event loop (or by the host)
};

} // namespace tb::gui
