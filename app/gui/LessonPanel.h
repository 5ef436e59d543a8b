#pragma once
// LessonPanel: a lesson beside the plots (the Lesson dock). Its title, the explanation (rich text with the
// key formula and what to look at), and three "try this" steps: each names a change, applies it to the form
// and runs it ("Try it"), and keeps its prediction hidden until asked ("Show prediction"), so a class can
// guess first.
#include <QWidget>

#include "Lessons.h"

class QLabel;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace tb::gui {

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);
    void setLesson(const Lesson& lesson);
    const Lesson& lesson() const { return m_lesson; }
    QString titleText() const;
    QString explanationText() const; ///< as plain text
    /// Step `i`'s "Try it" and "Show prediction" buttons and its prediction label (for tests).
    QPushButton* tryButton(int i) const { return m_try.value(i); }
    QPushButton* predictionButton(int i) const { return m_reveal.value(i); }
    QLabel* predictionLabel(int i) const { return m_predictions.value(i); }
    QPushButton* resetButton() const { return m_reset; }

signals:
    /// Load `config` into the form (described by `source`) and run it.
    void runConfig(const Json& config, const QString& source);

private:
    Lesson m_lesson;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QTextBrowser* m_text = nullptr;
    QWidget* m_steps = nullptr;
    QVBoxLayout* m_stepsLayout = nullptr;
    QPushButton* m_reset = nullptr;
    QList<QPushButton*> m_try, m_reveal;
    QList<QLabel*> m_predictions;
};

} // namespace tb::gui
