// The card view as a hostile deck meets it: links and scripts must not take the card's place,
// WebRTC must not send a packet, and media must still show (served through debrief://).
#include "cardview.h"
#include "reviewwidget.h"
#include "widgettest.h"

#include "model/stocknotetypes.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QtTest>

using namespace debrief;

class TestCardView : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void leavingTheCardIsRefused_data();
    void leavingTheCardIsRefused();
    void webRtcSendsNoUdp_data();
    void webRtcSendsNoUdp();
    void mediaImagesStillShow();
    void hintOpensWithoutInlineHandler();
    void mathJaxStillTypesets();
    void mathJaxSearchTakesTheFirstFolderThatHasIt();
    void overLimitCardShowsMessage();

private:
    QVariant js(const QString &script, quint32 world = QWebEngineScript::MainWorld);
    void showCard(const QString &html);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CardView> m_view;
};

void TestCardView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // What an imported deck can put in the media folder: any "_" file, an HTML page included.
    QFile page(m_dir->filePath(QStringLiteral("_evil.html")));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<html><head><title>evil</title></head><body><div id=\"qa\">evil page</div></body></html>");
    page.close();
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(m_dir->filePath(QStringLiteral("pic.png"))));
    m_view = std::make_unique<CardView>();
    m_view->setMediaDir(m_dir->path());
    m_view->resize(500, 400);
    m_view->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isReady(), 15000);
}

void TestCardView::cleanup()
{
    m_view.reset();
    m_dir.reset();
}

QVariant TestCardView::js(const QString &script, quint32 world)
{
    QVariant result;
    QEventLoop loop;
    m_view->page()->runJavaScript(script, world, [&](const QVariant &v) {
        result = v;
        loop.quit();
    });
    loop.exec();
    return result;
}

void TestCardView::showCard(const QString &html)
{
    QSignalSpy shown(m_view.get(), &CardView::cardShown);
    m_view->showCard(html, QString(), false);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, 15000);
}

void TestCardView::leavingTheCardIsRefused_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("link to a media .html, clicked") << "document.getElementById('go').click()";
    QTest::newRow("script sets location") << "location.href = 'debrief://media/_evil.html'";
    QTest::newRow("link to a web page") << "location.href = 'https://example.org/'";
}

// The click (or script, if one ever ran) asks to navigate; the page refuses, and the card with
// our setCard() stays. Scripts here stand in for a card script that got past both fences.
void TestCardView::leavingTheCardIsRefused()
{
    QFETCH(QString, script);
    showCard(QStringLiteral("<p id=\"probe\">card</p><a id=\"go\" href=\"_evil.html\">open</a>"));
    const QUrl before = m_view->page()->url();
    QSignalSpy blocked(m_view.get(), &CardView::navigationBlocked);
    QSignalSpy moved(m_view.get(), &QWebEngineView::urlChanged);
    js(script);
    QTRY_VERIFY_WITH_TIMEOUT(blocked.count() > 0 || moved.count() > 0, 15000);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(m_view->page()->url(), before);
    QCOMPARE(js(QStringLiteral("document.getElementById('probe').textContent")).toString(), QStringLiteral("card"));
    QVERIFY(js(QStringLiteral("document.title")).toString() != QLatin1String("evil"));
    // The next card still arrives through setCard().
    showCard(QStringLiteral("<p id=\"probe\">next</p>"));
    QCOMPARE(js(QStringLiteral("document.getElementById('probe').textContent")).toString(), QStringLiteral("next"));
}

void TestCardView::webRtcSendsNoUdp_data()
{
    QTest::addColumn<quint32>("world");
    // The page's own world, where the shell removed the constructors, and an isolated world,
    // which has its own untouched ones: there only the engine-wide UDP policy stands.
    QTest::newRow("page world") << quint32(QWebEngineScript::MainWorld);
    QTest::newRow("isolated world") << quint32(QWebEngineScript::ApplicationWorld);
}

void TestCardView::webRtcSendsNoUdp()
{
    QFETCH(quint32, world);
    showCard(QStringLiteral("<p>card</p>"));
    QUdpSocket stun;
    QVERIFY(stun.bind(QHostAddress(QHostAddress::LocalHost), 0));
    const QString script = QStringLiteral(
        "(function(){try{var pc=new RTCPeerConnection({iceServers:[{urls:'stun:127.0.0.1:%1'}]});"
        "window.__gathered=false;pc.createDataChannel('x');"
        "pc.onicegatheringstatechange=function(){if(pc.iceGatheringState==='complete')window.__gathered=true;};"
        "pc.createOffer().then(function(o){return pc.setLocalDescription(o);});window.__pc=pc;return 'started';}"
        "catch(e){return 'unavailable';}})()").arg(stun.localPort());
    const QString outcome = js(script, world).toString();
    QVERIFY2(outcome == QLatin1String("started") || outcome == QLatin1String("unavailable"), qPrintable(outcome));
    if (outcome == QLatin1String("started")) {
        // Gathering ends when every candidate is found or has failed; a STUN request would be
        // sent before that.
        QTRY_VERIFY_WITH_TIMEOUT(stun.hasPendingDatagrams() || js(QStringLiteral("window.__gathered"), world).toBool(), 30000);
    }
    QVERIFY2(!stun.hasPendingDatagrams(), "a STUN request reached the local UDP socket");
    // The isolated world really tried: only the engine's policy kept the packet in.
    QCOMPARE(outcome, world == QWebEngineScript::MainWorld ? QStringLiteral("unavailable") : QStringLiteral("started"));
}

// Media now come through debrief://media/: a relative <img> still loads.
void TestCardView::mediaImagesStillShow()
{
    showCard(QStringLiteral("<img id=\"im\" src=\"pic.png\">"));
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("document.getElementById('im').naturalWidth")).toInt(), 8, 15000);
    // A media page is not an image and never a document: as an <img> it fails to load.
    showCard(QStringLiteral("<img id=\"page\" src=\"_evil.html\">"));
    QTRY_VERIFY_WITH_TIMEOUT(js(QStringLiteral("document.getElementById('page').complete")).toBool(), 15000);
    QCOMPARE(js(QStringLiteral("document.getElementById('page').naturalWidth")).toInt(), 0);
}

// {{hint:Field}} markup as AnkiTemplate writes it: the shell's own handler opens it.
void TestCardView::hintOpensWithoutInlineHandler()
{
    showCard(QStringLiteral("<a class=\"hint\" href=\"#\" data-hint=\"hint1\">Notes</a>"
                            "<div id=\"hint1\" class=\"hint\" style=\"display: none\">the hint</div>"));
    QSignalSpy blocked(m_view.get(), &CardView::navigationBlocked);
    js(QStringLiteral("document.querySelector('a.hint').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("document.getElementById('hint1').style.display")).toString(), QStringLiteral("block"), 15000);
    QCOMPARE(js(QStringLiteral("document.querySelector('a.hint').style.display")).toString(), QStringLiteral("none"));
    QCOMPARE(blocked.count(), 0);
}

// MathJax now loads from debrief://mathjax/ under the nonce CSP; it must still typeset.
// Debian's folder first, then the Flatpak's (or the one set at build time): the first that holds
// MathJax.js wins, folders without it are passed over, and none at all means no MathJax.
void TestCardView::mathJaxSearchTakesTheFirstFolderThatHasIt()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString empty = root.filePath(QStringLiteral("usr-share"));
    const QString flatpak = root.filePath(QStringLiteral("app-share"));
    const QString other = root.filePath(QStringLiteral("other"));
    for (const QString &dir : {empty, flatpak, other})
        QVERIFY(QDir().mkpath(dir));
    for (const QString &dir : {flatpak, other}) {
        QFile js(dir + QStringLiteral("/MathJax.js"));
        QVERIFY(js.open(QIODevice::WriteOnly));
    }
    QCOMPARE(CardView::findMathJax({empty, flatpak, other}), flatpak + QLatin1Char('/'));
    QCOMPARE(CardView::findMathJax({other + QLatin1Char('/'), flatpak}), other + QLatin1Char('/'));
    QCOMPARE(CardView::findMathJax({QString(), empty, root.filePath(QStringLiteral("missing"))}), QString());
    // On a Debian machine with libjs-mathjax, its folder is the one used, as before.
    if (QFile::exists(QStringLiteral("/usr/share/javascript/mathjax/MathJax.js")))
        QCOMPARE(CardView::mathJaxDir(), QStringLiteral("/usr/share/javascript/mathjax/"));
}

void TestCardView::mathJaxStillTypesets()
{
    if (!QFile::exists(QStringLiteral("/usr/share/javascript/mathjax/MathJax.js")))
        QSKIP("libjs-mathjax is not installed");
    showCard(QStringLiteral("<p id=\"m\">\\(x^2\\)</p>"));
    QTRY_VERIFY_WITH_TIMEOUT(js(QStringLiteral("document.querySelectorAll('#m .MathJax, #m .MathJax_CHTML, #m mjx-container').length")).toInt() > 0,
                             20000);
}

// The review screen with a card nested a thousand elements deep: the message, not a frozen view.
void TestCardView::overLimitCardShowsMessage()
{
    QTemporaryDir tmp;
    auto col = widgettest::newCollection(tmp);
    auto deck = col->ensureDeck(QStringLiteral("Bombs"));
    QVERIFY(deck.ok());
    auto type = col->addNotetype(StockNotetypes::basic());
    QVERIFY(type.ok());
    Note n;
    n.notetypeId = type->id;
    QString nested;
    for (int i = 0; i < 1000; ++i)
        nested += QStringLiteral("<div>");
    n.fields = QStringList{nested + QStringLiteral("hidden-text"), QStringLiteral("back")};
    auto note = col->addNote(n);
    QVERIFY(note.ok());
    Card c;
    c.noteId = note->id;
    c.deckId = deck->id;
    c.state = NewState{1};
    QVERIFY(col->addCard(c).ok());

    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    ReviewWidget review(*col, clock);
    review.resize(500, 400);
    review.show();
    QVERIFY(review.start(deck->id, QStringLiteral("Bombs")));
    m_view.reset();   // the review screen has its own view
    QString text;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QEventLoop loop;
            review.view()->page()->runJavaScript(QStringLiteral("document.getElementById('qa') ? document.getElementById('qa').innerText : ''"),
                                                 [&](const QVariant &v) {
                                                     text = v.toString();
                                                     loop.quit();
                                                 });
            loop.exec();
            return text.contains(QLatin1String("too large or complex to show"));
        }(),
        15000);
    QVERIFY(!text.contains(QLatin1String("hidden-text")));
}

QTEST_MAIN(TestCardView)
#include "tst_cardview.moc"
