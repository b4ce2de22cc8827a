#include "cardview.h"
#include "preferencesdialog.h"
#include "webenginegraphics.h"

#include "render/codehighlighter.h"
#include "render/soundrefs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>

#include <unistd.h>

namespace debrief {

#ifndef DEBRIEF_MATHJAX_DIR
#define DEBRIEF_MATHJAX_DIR "/app/share/javascript/mathjax"
#endif

QString CardView::findMathJax(const QStringList &dirs)
{
    for (QString dir : dirs) {
        if (dir.isEmpty())
            continue;
        if (!dir.endsWith(QLatin1Char('/')))
            dir += QLatin1Char('/');
        if (QFileInfo::exists(dir + QLatin1String("MathJax.js")))
            return dir;
    }
    return QString();
}

QString CardView::mathJaxDir()
{
    // Debian's path first, so a Debian install behaves as it always has; in a Flatpak /usr is the
    // runtime's, and the manifest installs MathJax under /app instead.
    static const QString dir = findMathJax({QStringLiteral("/usr/share/javascript/mathjax/"),
                                            QStringLiteral(DEBRIEF_MATHJAX_DIR)});
    return dir;
}
// Card pages live at debrief://media/ (the media folder) and load MathJax from debrief://mathjax/.
// A scheme of our own instead of file: lets the page run with LocalContentCanAccessFileUrls off,
// and lets us choose the content type of every file it gets.
static const char kScheme[] = "debrief";

// Before QApplication exists (QtWebEngine reads both at start-up): our scheme, and WebRTC
// restricted to proxied connections. There is no proxy, so a card script that got past the
// sanitizer and the CSP still cannot send a single UDP packet (STUN) to learn or leak addresses.
static void registerCardScheme()
{
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.contains("webrtc-ip-handling-policy"))
        flags += " --force-webrtc-ip-handling-policy=disable_non_proxied_udp";
    // Without the sandbox (as root: see main.cpp) Chromium needs no zygote, the pre-forked
    // template it clones sandboxed renderers from: the renderer starts on its own and two
    // processes (about 100 MiB of summed RSS) are gone. With the sandbox on, Chromium refuses it.
    const bool noSandbox = geteuid() == 0 || qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX") || flags.contains("--no-sandbox");
    if (noSandbox && !flags.contains("--no-zygote"))
        flags += " --no-zygote";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
}
Q_CONSTRUCTOR_FUNCTION(registerCardScheme)

// What a file is served as. Only types a card shows inline get their own; everything else,
// HTML, XML and XSLT included, is plain text, so no media file can ever become a document
// with scripts of its own. SVG stays an image (it runs no script inside <img>); as a frame or
// a page it is refused by the interceptor below.
static QByteArray contentType(const QString &fileName, bool mathJax)
{
    static const QHash<QString, QByteArray> types {
        {QStringLiteral("png"), "image/png"}, {QStringLiteral("jpg"), "image/jpeg"}, {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("gif"), "image/gif"}, {QStringLiteral("webp"), "image/webp"}, {QStringLiteral("bmp"), "image/bmp"},
        {QStringLiteral("ico"), "image/x-icon"}, {QStringLiteral("avif"), "image/avif"}, {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("mp3"), "audio/mpeg"}, {QStringLiteral("ogg"), "audio/ogg"}, {QStringLiteral("oga"), "audio/ogg"},
        {QStringLiteral("opus"), "audio/ogg"}, {QStringLiteral("wav"), "audio/wav"}, {QStringLiteral("flac"), "audio/flac"},
        {QStringLiteral("m4a"), "audio/mp4"}, {QStringLiteral("mp4"), "video/mp4"}, {QStringLiteral("m4v"), "video/mp4"},
        {QStringLiteral("webm"), "video/webm"}, {QStringLiteral("ogv"), "video/ogg"},
        {QStringLiteral("woff"), "font/woff"}, {QStringLiteral("woff2"), "font/woff2"}, {QStringLiteral("ttf"), "font/ttf"},
        {QStringLiteral("otf"), "font/otf"}, {QStringLiteral("eot"), "application/vnd.ms-fontobject"},
        {QStringLiteral("css"), "text/css"},
    };
    const QString ext = QFileInfo(fileName).suffix().toLower();
    if (mathJax && ext == QLatin1String("js"))
        return "application/javascript";
    return types.value(ext, "text/plain");
}

// Serves debrief://media/<name> from the media folder (bare names only, as SoundRefs allows)
// and debrief://mathjax/<path> from the MathJax package.
class CardSchemeHandler : public QWebEngineUrlSchemeHandler {
public:
    explicit CardSchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) {}
    void setMediaDir(const QString &dir) { m_mediaDir = QDir(dir).canonicalPath(); }

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        const QUrl url = job->requestUrl();
        const QString path = url.path(QUrl::FullyDecoded);
        QString file;
        bool mathJax = false;
        if (url.host() == QLatin1String("media") && !m_mediaDir.isEmpty()) {
            const QString name = path.mid(1);
            if (SoundRefs::isSafeName(name))
                file = SoundRefs::resolve({name}, m_mediaDir).value(0);
        } else if (url.host() == QLatin1String("mathjax") && !CardView::mathJaxDir().isEmpty()) {
            const QString dir = CardView::mathJaxDir();
            const QString canonical = QFileInfo(dir + path).canonicalFilePath();
            // The Debian package links its fonts from /usr/share/fonts.
            if (canonical.startsWith(dir) || canonical.startsWith(QLatin1String("/usr/share/fonts/")))
                file = canonical;
            mathJax = true;
        }
        if (file.isEmpty() || !QFileInfo(file).isFile()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto *device = new QFile(file, job);
        if (!device->open(QIODevice::ReadOnly)) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        job->reply(contentType(file, mathJax), device);
    }

private:
    QString m_mediaDir;
};

// Lets a card load only our scheme and inline data: URLs, and our scheme only as what a card
// shows inline: never as a page, a frame, an <object> or a worker, and scripts only from MathJax.
class LocalOnlyInterceptor : public QWebEngineUrlRequestInterceptor {
public:
    explicit LocalOnlyInterceptor(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) {}

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        if (url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String("about"))
            return;
        if (url.scheme() == QLatin1String(kScheme)) {
            switch (info.resourceType()) {
            case QWebEngineUrlRequestInfo::ResourceTypeImage:
            case QWebEngineUrlRequestInfo::ResourceTypeMedia:
            case QWebEngineUrlRequestInfo::ResourceTypeFontResource:
            case QWebEngineUrlRequestInfo::ResourceTypeStylesheet:
            case QWebEngineUrlRequestInfo::ResourceTypeFavicon:
                return;
            case QWebEngineUrlRequestInfo::ResourceTypeScript:
            case QWebEngineUrlRequestInfo::ResourceTypeXhr:   // MathJax 2 fetches its locale files
                if (url.host() == QLatin1String("mathjax"))
                    return;
                break;
            default:
                break;
            }
        }
        info.block(true);
    }
};

// Accepts exactly one navigation: the shell loadShell() asks for. Links, forms, redirects,
// window.location, frames: all refused, so nothing else ever runs in a card's place.
class CardPage : public QWebEnginePage {
public:
    CardPage(QWebEngineProfile *profile, CardView *view) : QWebEnginePage(profile, view), m_view(view) {}
    void expectShell() { m_shellPending = true; }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        Q_UNUSED(type)
        if (m_shellPending && isMainFrame && url.scheme() == QLatin1String("data")) {
            m_shellPending = false;
            return true;
        }
        emit m_view->navigationBlocked(url);
        return false;
    }

private:
    CardView *m_view;
    bool m_shellPending = false;
};

// Runs before QWebEngineView's constructor: how QtWebEngine draws is settled before any web view exists.
static QWidget *afterGraphicsPrepared(QWidget *parent)
{
    WebEngineGraphics::prepare();
    return parent;
}

CardView::CardView(QWidget *parent) : QWebEngineView(afterGraphicsPrepared(parent))
{
    // A private, off-the-record profile: no cookies or cache on disk, our interceptor only here.
    auto *profile = new QWebEngineProfile(this);
    m_interceptor = new LocalOnlyInterceptor(profile);
    m_schemeHandler = new CardSchemeHandler(profile);
    profile->setUrlRequestInterceptor(m_interceptor);
    profile->installUrlSchemeHandler(kScheme, m_schemeHandler);
    m_page = new CardPage(profile, this);
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    connect(this, &QWebEngineView::loadFinished, this, [this](bool) {
        m_ready = true;
        if (m_hasPending) {
            m_hasPending = false;
            showCard(m_pendingHtml, m_pendingCss, m_pendingDark);
        }
    });
    loadShell();
}

CardView::~CardView()
{
    // The page must go before its profile (both are our children, and children die in creation
    // order); QtWebEngine warns of "troubles" otherwise.
    delete page();
}

void CardView::setMediaDir(const QString &dir)
{
    m_mediaDir = dir;
    m_schemeHandler->setMediaDir(dir);
    m_ready = false;
    loadShell();
}

void CardView::loadShell()
{
    // Only the shell's own scripts may run: they carry a fresh nonce, MathJax loads from our
    // scheme, and a card's inline handlers (<img onerror=…>) or javascript: URLs are refused by
    // the engine even if HtmlSanitizer missed them. 'unsafe-eval': MathJax 2 evaluates its
    // text/x-mathjax-config block. Styles stay inline: decks ship CSS and style="".
    const QString nonce = QString::number(QRandomGenerator::global()->generate64(), 36);
    const QString csp = QStringLiteral(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "script-src 'nonce-%1' 'unsafe-eval' debrief://mathjax; connect-src debrief://mathjax; "
        "style-src 'unsafe-inline' debrief:; img-src debrief: data:; media-src debrief: data:; font-src debrief: data:; "
        "form-action 'none'; base-uri 'none'\">").arg(nonce);
    const QString mathJax = !mathJaxDir().isEmpty()
        ? QStringLiteral("<script nonce=\"%1\" type=\"text/x-mathjax-config\">MathJax.Hub.Config({messageStyle:'none',"
                         "tex2jax:{inlineMath:[['\\\\(','\\\\)']],displayMath:[['\\\\[','\\\\]']],processEscapes:true}});"
                         // The Hub's pauses between its steps and screen updates (not Config options)
                         // kept a card's formulas as raw TeX for ~200 ms after every card was shown;
                         // CommonHTML output (the fonts come with libjs-mathjax) typesets a formula
                         // in about half the time of HTML-CSS (bench_mathjax).
                         "MathJax.Hub.processSectionDelay=0;MathJax.Hub.processUpdateTime=0;MathJax.Hub.processUpdateDelay=0;</script>"
                         "<script nonce=\"%1\" src=\"debrief://mathjax/MathJax.js?config=TeX-AMS_CHTML\"></script>")
              .arg(nonce)
        : QString();
    // Before anything else runs: WebRTC's constructors go (the process flag already keeps it off
    // UDP), and {{hint:}} links open their hint here instead of through an inline onclick.
    const QString guard = QStringLiteral(
        "<script nonce=\"%1\">['RTCPeerConnection','webkitRTCPeerConnection','RTCDataChannel','RTCIceCandidate',"
        "'RTCSessionDescription','RTCRtpSender','RTCRtpReceiver'].forEach(function(n){try{Object.defineProperty(window,n,"
        "{value:undefined,writable:false,configurable:false});}catch(e){}});"
        "document.addEventListener('click',function(e){var a=e.target&&e.target.closest?e.target.closest('a.hint[data-hint]'):null;"
        "if(!a)return;e.preventDefault();var d=document.getElementById(a.getAttribute('data-hint'));"
        "if(d){d.style.display='block';a.style.display='none';}},true);</script>").arg(nonce);
    const QString shell = QStringLiteral(
        "<!doctype html><html><head><meta charset=\"utf-8\">%3%5%1"
        "<style id=\"base\">body{margin:24px;font-family:sans-serif;font-size:20px;line-height:1.45}"
        "body.dark{background:#1e1f22;color:#e6e6e6} body.dark a{color:#8ab4f8}"
        "pre{text-align:left;padding:10px;border-radius:6px;background:rgba(127,127,127,.12);overflow-x:auto}"
        "img{max-width:100%}%2</style><style id=\"notetype\"></style></head>"
        "<body><div id=\"qa\"></div><script nonce=\"%4\">"
        "function setCard(html, css, dark){document.getElementById('notetype').textContent=css;"
        "document.body.className=dark?'dark nightMode night_mode':'';"
        "var qa=document.getElementById('qa');qa.innerHTML=html;"
        "dbfSetup(qa);"
        "if(window.MathJax&&MathJax.Hub){MathJax.Hub.Queue(['Typeset',MathJax.Hub,qa]);}window.scrollTo(0,0);return true;}"
        "%6"
        "</script></body></html>")
                              .arg(mathJax, CodeHighlighter::styleSheet(), csp, nonce, guard, layoutScript());
    // Relative names in cards (<img src="x.png">) resolve to debrief://media/x.png.
    m_page->expectShell();
    setHtml(shell, QUrl(QStringLiteral("debrief://media/")));
}

QString CardView::layoutScript() const
{
    // Debrief's card layouts (DebriefCardStyle): a pair's optional type-in box, whose text is
    // echoed beside the answers on the back; N shows a whole-tree card's next hidden branch, Shift+N all
    // (A is the main window's Add, from anywhere).
    // Listeners are attached here, in the nonce'd script, since the page's CSP refuses inline handlers.
    const QString labels = QString::fromUtf8(QJsonDocument(QJsonArray{tr("Type your answer first (optional)"), tr("Your answer")})
                                                 .toJson(QJsonDocument::Compact));
    return QStringLiteral(
               "var dbfL=%1,dbfTyped='';"
               "function dbfSetup(qa){var echo=qa.querySelector('.dbf-typed'),box=qa.querySelector('.dbf-typein');"
               "if(echo){if(box){box.parentNode.removeChild(box);}"
               "if(dbfTyped.trim()){var l=document.createElement('div');l.className='dbf-label';l.textContent=dbfL[1];"
               "echo.appendChild(l);echo.appendChild(document.createTextNode(dbfTyped));echo.parentNode.classList.add('dbf-has-typed');}"
               "}else if(box){dbfTyped='';var t=document.createElement('textarea');t.placeholder=dbfL[0];"
               "t.addEventListener('input',function(){dbfTyped=t.value;});box.appendChild(t);}}"
               "document.addEventListener('keydown',function(e){if(e.target&&e.target.tagName==='TEXTAREA'){return;}"
               "var k=e.key;if(k==='N'&&e.shiftKey){var all=document.querySelectorAll('#qa .dbf-hidden');"
               "for(var i=0;i<all.length;++i){all[i].classList.remove('dbf-hidden');}dbfCount();e.preventDefault();}"
               "else if(k==='n'||k==='N'){var h=document.querySelector('#qa .dbf-hidden');if(h){h.classList.remove('dbf-hidden');"
               "h.scrollIntoView({block:'nearest'});}dbfCount();e.preventDefault();}});"
               // The tree hint has one sentence per number of branches shown: show the one that is true now.
               "function dbfCount(){var s=document.querySelectorAll('#qa .dbf-shown'),"
               "n=document.querySelectorAll('#qa .dbf-branch').length-document.querySelectorAll('#qa .dbf-hidden').length;"
               "for(var i=0;i<s.length;++i){s[i].classList.toggle('dbf-current',i===n);}}")
        .arg(labels);
}

void CardView::showCard(const QString &html, const QString &css, bool dark)
{
    // Preferences > Card text size, read on each card so a change shows on the next one.
    if (const qreal zoom = PreferencesDialog::cardZoomPercent() / 100.0; !qFuzzyCompare(zoomFactor(), zoom))
        setZoomFactor(zoom);
    if (!m_ready) {
        m_pendingHtml = html;
        m_pendingCss = css;
        m_pendingDark = dark;
        m_hasPending = true;
        return;
    }
    // JSON-encode the arguments so the card text can never break out of the string literal.
    const QString args = QString::fromUtf8(QJsonDocument(QJsonArray{html, css, dark}).toJson(QJsonDocument::Compact));
    page()->runJavaScript(QStringLiteral("setCard.apply(null, %1)").arg(args), [this](const QVariant &) { emit cardShown(); });
}

} // namespace debrief
