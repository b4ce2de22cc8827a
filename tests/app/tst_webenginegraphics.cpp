// The app's start with the card view's graphics left for later (WebEngineGraphics, as main()
// does it): no GL context is made with the application, and the first card view still shows a
// card, drawing with GL when the machine has a GPU and in software when it has none.
#include "cardview.h"
#include "webenginegraphics.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QOpenGLContext>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QtTest>

using namespace debrief;

class TestWebEngineGraphics : public QObject {
    Q_OBJECT

private slots:
    void startMakesNoGlContext();
    void firstCardViewShowsACard();
};

void TestWebEngineGraphics::startMakesNoGlContext()
{
    // Qt and QtWebEngine each make the shared context with the application unless one is there:
    // the stand-in is, and it is still empty (no GL driver loaded, no context made).
    QVERIFY(QCoreApplication::testAttribute(Qt::AA_ShareOpenGLContexts));
    QOpenGLContext *shared = QOpenGLContext::globalShareContext();
    QVERIFY(shared);
    QVERIFY(!shared->isValid());
}

void TestWebEngineGraphics::firstCardViewShowsACard()
{
    CardView view;
    view.resize(400, 300);
    view.show();
    QSignalSpy shown(&view, &CardView::cardShown);
    view.showCard(QStringLiteral("<p id=\"x\">north star metric</p>"), QString(), false);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, 15000);
    QVariant text;
    QEventLoop loop;
    view.page()->runJavaScript(QStringLiteral("document.getElementById('x').textContent"), [&](const QVariant &v) {
        text = v;
        loop.quit();
    });
    loop.exec();
    QCOMPARE(text.toString(), QStringLiteral("north star metric"));

    // A GPU is a DRM node or NVIDIA's device; without one GL would run on the CPU.
    const bool gpu = qEnvironmentVariableIntValue("LIBGL_ALWAYS_SOFTWARE") == 0
        && (!QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*"), QStringLiteral("card*")}, QDir::System).isEmpty()
            || QFileInfo::exists(QStringLiteral("/dev/nvidiactl")));
    QCOMPARE(WebEngineGraphics::software(), !gpu);
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    QCOMPARE(flags.contains("--disable-gpu"), !gpu);
    if (!gpu) {   // nothing asks X11 for GLX, which would load Mesa
        QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), QByteArray("none"));
        QCOMPARE(qgetenv("QT_QUICK_BACKEND"), QByteArray("software"));
    }
    // The card view's own Chromium flag is kept: WebRTC stays off UDP.
    QVERIFY(flags.contains("--force-webrtc-ip-handling-policy=disable_non_proxied_udp"));
}

int main(int argc, char **argv)
{
    WebEngineGraphics::reserve();   // as main() does, before the application exists
    QApplication app(argc, argv);
    TestWebEngineGraphics test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_webenginegraphics.moc"
