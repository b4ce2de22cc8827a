#include "webenginegraphics.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QOpenGLContext>
#include <QSurfaceFormat>

// Exported by QtGui (Qt 5 and 6) without a public header; QtWebEngine declares them the same way.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
Q_GUI_EXPORT QOpenGLContext *qt_gl_global_share_context();
QT_END_NAMESPACE

namespace debrief {

namespace {

QOpenGLContext *g_reserved = nullptr;   // the stand-in of reserve(), created by prepare()
bool g_prepared = false;
bool g_software = false;

// A GPU this process could drive: a DRM node (Mesa, and NVIDIA with its DRM module) or NVIDIA's
// own device. Without one, every GL driver renders on the CPU.
bool hasGpuDevice()
{
    if (qEnvironmentVariableIntValue("LIBGL_ALWAYS_SOFTWARE") != 0)
        return false;
    const QStringList nodes = QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*"), QStringLiteral("card*")},
                                                                          QDir::System | QDir::Files);
    return !nodes.isEmpty() || QFileInfo::exists(QStringLiteral("/dev/nvidiactl"));
}

void deleteReserved()
{
    if (qt_gl_global_share_context() == g_reserved)
        qt_gl_set_global_share_context(nullptr);
    delete g_reserved;
    g_reserved = nullptr;
}

} // namespace

void WebEngineGraphics::reserve()
{
    if (g_reserved || qt_gl_global_share_context())
        return;
    g_reserved = new QOpenGLContext;
    qt_gl_set_global_share_context(g_reserved);
    qAddPostRoutine(deleteReserved);
    // Said now, as Qt wants it; QGuiApplication makes no context of its own while one is set.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

void WebEngineGraphics::prepare()
{
    if (g_prepared || !g_reserved)
        return;
    g_prepared = true;
    if (!hasGpuDevice()) {
        // As on the offscreen platform: QtWebEngine turns GL off by itself when Qt Quick draws in
        // software. A user's own choices (QT_QUICK_BACKEND, Chromium flags) stand.
        g_software = true;
        if (!qEnvironmentVariableIsSet("QT_QUICK_BACKEND") && !qEnvironmentVariableIsSet("QMLSCENE_DEVICE"))
            qputenv("QT_QUICK_BACKEND", "software");
        // QtWebEngine asks the X11 plugin about GLX even with GL off, and that alone loads Mesa
        // (llvmpipe, ~50 MiB); the plugin reads this when GL is first asked for, which is now.
        if (!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"))
            qputenv("QT_XCB_GL_INTEGRATION", "none");
        QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        if (!flags.contains("-gpu"))
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", (flags + " --disable-gpu").trimmed());
        return;
    }
    // What QGuiApplication does at start with Qt::AA_ShareOpenGLContexts, done now.
    g_reserved->setScreen(QGuiApplication::primaryScreen());
    g_reserved->setFormat(QSurfaceFormat::defaultFormat());
    g_reserved->create();   // a failure leaves QtWebEngine without GL, as it would have been at start
}

bool WebEngineGraphics::software()
{
    return g_software;
}

} // namespace debrief
