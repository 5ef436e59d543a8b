#include "LessonPanel.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "Icons.h"
#include "Palette.h"

namespace tb::gui {

LessonPanel::LessonPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    ui::followLook(m_title, [] {
        return QStringLiteral("QLabel { font-weight: bold; font-size: %1pt; }")
            .arg(QApplication::font().pointSizeF() * 1.35);
    });
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    ui::setMutedText(m_summary);
    layout->addWidget(m_summary);

    m_text = new QTextBrowser(this);
    m_text->setOpenExternalLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_text, 3);

    auto* heading = new QLabel(tr("Try this"), this);
    ui::followLook(heading, [] {
        return QStringLiteral("QLabel { font-weight: bold; font-size: %1pt; }")
            .arg(QApplication::font().pointSizeF() * 1.15);
    });
    layout->addWidget(heading);
    m_steps = new QWidget(this);
    m_stepsLayout = new QVBoxLayout(m_steps);
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsLayout->setSpacing(8);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_steps);
    layout->addWidget(scroll, 2);

    m_reset = new QPushButton(ui::icon(QStringLiteral("rerun")), tr("Back to the lesson's experiment"), this);
    m_reset->setToolTip(tr("Load the lesson's own config again and run it"));
    connect(m_reset, &QPushButton::clicked, this, [this] {
        emit runConfig(m_lesson.config, tr("Lesson: %1").arg(m_lesson.title.in(lessonLocale())));
    });
    layout->addWidget(m_reset);
}

void LessonPanel::setLesson(const Lesson& lesson) {
    m_lesson = lesson;
    const QString locale = lessonLocale();
    m_title->setText(lesson.title.in(locale));
    m_summary->setText(lesson.summary.in(locale));
    m_text->setHtml(lesson.explanation.in(locale));
    while (QLayoutItem* item = m_stepsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_try.clear();
    m_reveal.clear();
    m_predictions.clear();
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep& step = lesson.steps[i];
        auto* box = new QFrame(m_steps);
        box->setFrameShape(QFrame::StyledPanel);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(8, 6, 8, 6);
        auto* title = new QLabel(tr("%1. %2").arg(i + 1).arg(step.title.in(locale)), box);
        title->setWordWrap(true);
        QStringList changes;
        for (const auto& [path, value] : step.set)
            changes << QStringLiteral("%1 = %2").arg(QString::fromStdString(path),
                                                     QString::fromStdString(value.dump()));
        title->setToolTip(changes.join(QLatin1Char('\n')));
        v->addWidget(title);
        auto* buttons = new QHBoxLayout;
        auto* tryIt = new QPushButton(tr("Try it"), box);
        tryIt->setToolTip(
            tr("Apply this change to the form and run it:\n%1").arg(changes.join(QLatin1Char('\n'))));
        auto* reveal = new QPushButton(tr("Show prediction"), box);
        reveal->setCheckable(true);
        buttons->addWidget(tryIt);
        buttons->addWidget(reveal);
        buttons->addStretch(1);
        v->addLayout(buttons);
        auto* prediction = new QLabel(step.predict.in(locale), box);
        prediction->setWordWrap(true);
        prediction->setVisible(false);
        ui::followLook(prediction, [] {
            return QStringLiteral("QLabel { color: %1; font-style: italic; }")
                .arg(ui::mutedTextColor().name());
        });
        v->addWidget(prediction);
        connect(reveal, &QPushButton::toggled, this, [reveal, prediction](bool on) {
            prediction->setVisible(on);
            reveal->setText(on ? tr("Hide prediction") : tr("Show prediction"));
        });
        connect(tryIt, &QPushButton::clicked, this, [this, i, locale] {
            emit runConfig(m_lesson.configForStep(i),
                           tr("Lesson: %1, try %2").arg(m_lesson.title.in(locale)).arg(int(i) + 1));
        });
        m_stepsLayout->addWidget(box);
        m_try << tryIt;
        m_reveal << reveal;
        m_predictions << prediction;
    }
    m_stepsLayout->addStretch(1);
}

QString LessonPanel::titleText() const {
    return m_title->text();
}

QString LessonPanel::explanationText() const {
    return m_text->toPlainText();
}

} // namespace tb::gui
