#include "Icons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>

#include "Palette.h"

namespace tb::ui {

namespace {

class PaintedIconEngine : public QIconEngine {
public:
    explicit PaintedIconEngine(QString name) : m_name(std::move(name)) {}
    QIconEngine* clone() const override { return new PaintedIconEngine(m_name); }
    QString key() const override { return QStringLiteral("tb-painted"); }

    void paint(QPainter* p, const QRect& rect, QIcon::Mode mode, QIcon::State) override {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const double s = std::min(rect.width(), rect.height()) / 24.0;
        p->translate(rect.x() + (rect.width() - 24 * s) / 2, rect.y() + (rect.height() - 24 * s) / 2);
        p->scale(s, s);
        const bool disabled = mode == QIcon::Disabled;
        // Line icons in the text colour of the look (dark on light, light on dark).
        const bool dark = look().dark;
        const QColor ink = disabled ? (dark ? QColor(0x6b, 0x72, 0x7c) : QColor(0xa8, 0xae, 0xb6))
                                    : (dark ? QColor(0xd8, 0xdc, 0xe2) : QColor(0x37, 0x41, 0x4d));
        const QColor blue = disabled ? ink : QColor(0x00, 0x72, 0xB2);
        const QColor orange = disabled ? ink : QColor(0xE6, 0x9F, 0x00);
        const QColor red = disabled ? ink : QColor(0xD5, 0x5E, 0x00);
        const QColor green = disabled ? ink : QColor(0x00, 0x9E, 0x73);
        QPen pen(ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        const QString& n = m_name;
        if (n == QLatin1String("run")) {
            QPainterPath tri;
            tri.moveTo(7, 4.5);
            tri.lineTo(19, 12);
            tri.lineTo(7, 19.5);
            tri.closeSubpath();
            p->setPen(QPen(disabled ? ink : Qt::white, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->setBrush(disabled ? ink : Qt::white);
            p->drawPath(tri);
        } else if (n == QLatin1String("pause")) {
            p->setPen(Qt::NoPen);
            p->setBrush(ink);
            p->drawRoundedRect(QRectF(6.5, 5, 3.5, 14), 1, 1);
            p->drawRoundedRect(QRectF(14, 5, 3.5, 14), 1, 1);
        } else if (n == QLatin1String("step")) {
            QPainterPath tri;
            tri.moveTo(5, 5);
            tri.lineTo(14, 12);
            tri.lineTo(5, 19);
            tri.closeSubpath();
            p->setBrush(ink);
            p->drawPath(tri);
            p->drawLine(QPointF(18, 5), QPointF(18, 19));
        } else if (n == QLatin1String("stop")) {
            p->setPen(Qt::NoPen);
            p->setBrush(red);
            p->drawRoundedRect(QRectF(5.5, 5.5, 13, 13), 2, 2);
        } else if (n == QLatin1String("reset-view")) {
            p->drawPolyline(QPolygonF({{4, 9}, {4, 4}, {9, 4}}));
            p->drawPolyline(QPolygonF({{15, 4}, {20, 4}, {20, 9}}));
            p->drawPolyline(QPolygonF({{4, 15}, {4, 20}, {9, 20}}));
            p->drawPolyline(QPolygonF({{15, 20}, {20, 20}, {20, 15}}));
            p->drawEllipse(QPointF(12, 12), 2.5, 2.5);
        } else if (n == QLatin1String("export")) {
            p->drawLine(QPointF(12, 3), QPointF(12, 15));
            p->drawPolyline(QPolygonF({{7, 10}, {12, 15}, {17, 10}}));
            p->drawPolyline(QPolygonF({{4, 17}, {4, 20}, {20, 20}, {20, 17}}));
        } else if (n == QLatin1String("open-run")) {
            p->drawLine(QPointF(3, 20), QPointF(21, 20));
            p->setPen(QPen(blue, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->drawPolyline(QPolygonF({{5, 16}, {9, 11}, {13, 14}, {19, 6}}));
        } else if (n == QLatin1String("rerun")) {
            p->drawArc(QRectF(4, 4, 16, 16), 45 * 16, 270 * 16);
            p->drawPolyline(QPolygonF({{20, 4}, {20, 9}, {15, 9}}));
        } else if (n == QLatin1String("compare")) {
            p->drawLine(QPointF(3, 20), QPointF(21, 20));
            p->setPen(QPen(blue, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->drawPolyline(QPolygonF({{4, 16}, {9, 10}, {13, 13}, {20, 5}}));
            QPen dash(orange, 2, Qt::CustomDashLine, Qt::RoundCap, Qt::RoundJoin);
            dash.setDashPattern({1.5, 1.5});
            p->setPen(dash);
            p->drawPolyline(QPolygonF({{4, 17}, {10, 14}, {14, 15}, {20, 11}}));
        } else if (n == QLatin1String("columns")) {
            p->drawRoundedRect(QRectF(3, 4, 18, 16), 2, 2);
            p->drawLine(QPointF(9, 4), QPointF(9, 20));
            p->setPen(QPen(blue, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->drawLine(QPointF(15, 4), QPointF(15, 20));
        } else if (n == QLatin1String("delete")) {
            p->drawLine(QPointF(4, 7), QPointF(20, 7));
            p->drawPolyline(QPolygonF({{10, 7}, {10, 4}, {14, 4}, {14, 7}}));
            p->drawPolyline(QPolygonF({{6, 7}, {7, 20}, {17, 20}, {18, 7}}));
            p->drawLine(QPointF(10, 11), QPointF(10, 17));
            p->drawLine(QPointF(14, 11), QPointF(14, 17));
        } else { // trialbench: the application icon
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0x1f, 0x2a, 0x36));
            p->drawRoundedRect(QRectF(1, 1, 22, 22), 4.5, 4.5);
            p->setPen(QPen(QColor(0x5b, 0x6b, 0x7c), 0.9, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(QPointF(4.2, 18.8), QPointF(20.2, 18.8));
            p->drawLine(QPointF(4.2, 18.8), QPointF(4.2, 5));
            QPainterPath a, b;
            a.moveTo(4.5, 17.2);
            a.cubicTo(7.5, 11.2, 10.5, 9.7, 19.5, 8.6);
            b.moveTo(4.5, 18);
            b.cubicTo(8.2, 15.7, 12, 15, 19.5, 14.2);
            p->setBrush(Qt::NoBrush);
            p->setPen(QPen(orange, 1.4, Qt::SolidLine, Qt::RoundCap));
            p->drawPath(a);
            p->setPen(QPen(QColor(0x56, 0xB4, 0xE9), 1.4, Qt::SolidLine, Qt::RoundCap));
            p->drawPath(b);
            p->setPen(Qt::NoPen);
            p->setBrush(green);
            p->drawEllipse(QPointF(19.5, 5.6), 1.9, 1.9);
        }
        p->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override {
        const QSize px = size * scale;
        QPixmap pm(px);
        pm.fill(Qt::transparent);
        {
            QPainter painter(&pm);
            paint(&painter, QRect(QPoint(0, 0), px), mode, state);
        }
        pm.setDevicePixelRatio(scale);
        return pm;
    }

private:
    QString m_name;
};

} // namespace

QIcon icon(const QString& name) {
    return QIcon(new PaintedIconEngine(name));
}

} // namespace tb::ui
