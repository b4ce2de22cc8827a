#pragma once

// Helpers shared by the widget tests: find a named child, open a throwaway collection, and answer
// modal dialogs that a call under test opens (exec() blocks, so a timer has to do it).
#include "storage/collection.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace debrief::widgettest {

template <typename T>
T *child(QWidget &w, const QString &name)
{
    T *c = w.findChild<T *>(name);
    if (!c)
        qFatal("no widget %s", qPrintable(name));
    return c;
}

// A new collection in its own folder under `tmp` (so each has its own media folder).
inline std::unique_ptr<Collection> newCollection(QTemporaryDir &tmp)
{
    static int n = 0;
    const QString dir = tmp.filePath(QStringLiteral("c%1").arg(++n));
    QDir().mkpath(dir);
    auto col = Collection::open(dir + QStringLiteral("/collection.sqlite"));
    if (!col)
        qFatal("%s", qPrintable(col.error().message));
    return std::move(*col);
}

// While alive, hands the active modal widget (or nullptr) to `handler` every 20 ms.
class ModalDriver {
public:
    explicit ModalDriver(std::function<void(QWidget *modal)> handler)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [handler] { handler(QApplication::activeModalWidget()); });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

} // namespace debrief::widgettest
