#include "cardview.h"

#include "render/codehighlighter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestInterceptor>

namespace debrief {

static const char kMathJaxDir[] = "/usr/share/javascript/mathjax/";

// Lets a card load only local files from the media folder and MathJax, and inline data URLs.
class LocalOnlyInterceptor : public QWebEngineUrlRequestInterceptor {
public:
    explicit LocalOnlyInterceptor(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) {}
    void setMediaDir(const QString &dir) { m_mediaDir = QDir(dir).canonicalPath(); }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        if (url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String("about"))
            return;
        if (url.isLocalFile()) {
            const QString path = QFileInfo(url.toLocalFile()).absoluteFilePath();
            if (path.startsWith(QLatin1String(kMathJaxDir)) || path.startsWith(QLatin1String("/usr/share/fonts/")))
                return;
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (!m_mediaDir.isEmpty() && (canonical.isEmpty() ? path : canonical).startsWith(m_mediaDir + QLatin1Char('/')))
                return;
            if (path == m_mediaDir + QLatin1String("/"))
                return;
        }
        info.block(true);
    }

private:
    QString m_mediaDir;
};

CardView::CardView(QWidget *parent) : QWebEngineView(parent)
{
    // A private, off-the-record profile: no cookies or cache on disk, our interceptor only here.
    auto *profile = new QWebEngineProfile(this);
    m_interceptor = new LocalOnlyInterceptor(profile);
    profile->setUrlRequestInterceptor(m_interceptor);
    auto *page = new QWebEnginePage(profile, this);
    page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, true);
    page->settings()->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    setPage(page);
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
    m_interceptor->setMediaDir(dir);
    m_ready = false;
    loadShell();
}

void CardView::loadShell()
{
    // Only the shell's own scripts may run: they carry a fresh nonce, MathJax loads from file:,
    // and a card's inline handlers (<img onerror=…>) or javascript: URLs are refused by the
    // engine even where HtmlSanitizer's patterns missed them. 'unsafe-eval': MathJax 2 evaluates
    // its text/x-mathjax-config block. Styles stay inline: decks ship CSS and style="".
    const QString nonce = QString::number(QRandomGenerator::global()->generate64(), 36);
    const QString csp = QStringLiteral(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "script-src 'nonce-%1' 'unsafe-eval' file:; style-src 'unsafe-inline' file:; img-src file: data:; "
        "media-src file: data:; font-src file: data:\">").arg(nonce);
    const QString mathJax = QFileInfo::exists(QLatin1String(kMathJaxDir) + QLatin1String("MathJax.js"))
        ? QStringLiteral("<script nonce=\"%2\" type=\"text/x-mathjax-config\">MathJax.Hub.Config({messageStyle:'none',"
                         "tex2jax:{inlineMath:[['\\\\(','\\\\)']],displayMath:[['\\\\[','\\\\]']],processEscapes:true}});</script>"
                         "<script nonce=\"%2\" src=\"file://%1MathJax.js?config=TeX-AMS_HTML\"></script>")
              .arg(QLatin1String(kMathJaxDir), nonce)
        : QString();
    const QString shell = QStringLiteral(
        "<!doctype html><html><head><meta charset=\"utf-8\">%3%1"
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
        "%5"
        "</script></body></html>")
                              .arg(mathJax, CodeHighlighter::styleSheet(), csp, nonce, layoutScript());
    const QString base = m_mediaDir.isEmpty() ? QDir::tempPath() : m_mediaDir;
    setHtml(shell, QUrl::fromLocalFile(base + QLatin1Char('/')));
}

QString CardView::layoutScript() const
{
    // Debrief's card layouts (DebriefCardStyle): a pair's optional type-in box, whose text is
    // echoed beside the answers on the back; N shows a whole-tree card's next hidden branch, A all.
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
               "var k=e.key;if(k==='n'||k==='N'){var h=document.querySelector('#qa .dbf-hidden');if(h){h.classList.remove('dbf-hidden');"
               "h.scrollIntoView({block:'nearest'});}e.preventDefault();}"
               "else if(k==='a'||k==='A'){var all=document.querySelectorAll('#qa .dbf-hidden');"
               "for(var i=0;i<all.length;++i){all[i].classList.remove('dbf-hidden');}e.preventDefault();}});")
        .arg(labels);
}

void CardView::showCard(const QString &html, const QString &css, bool dark)
{
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
