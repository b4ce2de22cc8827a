#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace debrief {

static const char kKey[] = "view/dark";

static QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), accent(0x3d, 0x7e, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    // Fusion etches disabled menu and combo-box items with Light; the default light colour
    // doubles the text on a dark background.
    p.setColor(QPalette::Disabled, QPalette::Light, window);
    return p;
}

static const char kModeKey[] = "view/theme";   // "system", "light" or "dark"

// The platform's palette before we first replace it, for System mode.
static const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

Theme::Mode Theme::mode()
{
    const QSettings settings;
    const QString saved = settings.value(QLatin1String(kModeKey)).toString();
    if (saved == QLatin1String("system"))
        return Mode::System;
    if (saved == QLatin1String("dark"))
        return Mode::Dark;
    if (saved == QLatin1String("light"))
        return Mode::Light;
    // Before the three modes there was only the View > Dark Mode switch.
    return settings.value(QLatin1String(kKey), false).toBool() ? Mode::Dark : Mode::Light;
}

bool Theme::isDark()
{
    switch (mode()) {
    case Mode::Dark:
        return true;
    case Mode::Light:
        return false;
    case Mode::System:
        break;
    }
    return systemPalette().color(QPalette::Window).lightness() < 128;
}

void Theme::setDark(bool dark) { setMode(dark ? Mode::Dark : Mode::Light); }

void Theme::setMode(Mode mode)
{
    systemPalette();   // remember it before the first change
    QSettings settings;
    settings.setValue(QLatin1String(kModeKey), mode == Mode::System ? QStringLiteral("system")
                                               : mode == Mode::Dark ? QStringLiteral("dark")
                                                                    : QStringLiteral("light"));
    settings.setValue(QLatin1String(kKey), isDark());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(isDark() ? darkPalette() : QApplication::style()->standardPalette());
}

void Theme::applySaved() { setMode(mode()); }

void Theme::makeSecondary(QWidget *label)
{
    QPalette p = label->palette();
    const QColor text = p.color(QPalette::WindowText), back = p.color(QPalette::Window);
    // 60 % text, 40 % background.
    const QColor mixed = QColor::fromRgbF(text.redF() * 0.6 + back.redF() * 0.4, text.greenF() * 0.6 + back.greenF() * 0.4,
                                          text.blueF() * 0.6 + back.blueF() * 0.4);
    p.setColor(QPalette::WindowText, mixed);
    label->setPalette(p);
}

} // namespace debrief
