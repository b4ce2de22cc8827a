#pragma once

#include <QWebEngineView>

namespace debrief {

class CardPage;
class CardSchemeHandler;
class LocalOnlyInterceptor;

// Shows one side of a card. The page shell (MathJax config, base styles) is loaded once; each
// card's HTML is then swapped in with a script call, which takes milliseconds instead of the
// ~150 ms of a full page load. Card HTML arrives already sanitised (no scripts, no handlers).
// Behind that: a Content-Security-Policy with a per-shell nonce; media and MathJax served through
// our own debrief:// scheme as inert types (never as pages or frames); every navigation but the
// shell's refused; every other URL blocked; WebRTC kept off UDP. An imported deck can neither
// reach the network nor put a page of its own in the card's place.
class CardView : public QWebEngineView {
    Q_OBJECT
public:
    explicit CardView(QWidget *parent = nullptr);
    ~CardView() override;

    void setMediaDir(const QString &dir);
    // `html` is the card side, `css` its note type's style sheet.
    void showCard(const QString &html, const QString &css, bool dark);
    bool isReady() const { return m_ready; }

    // The first of `dirs` that holds MathJax 2 (MathJax.js), with a trailing '/'; empty when none.
    static QString findMathJax(const QStringList &dirs);
    // Where cards load MathJax from: Debian's libjs-mathjax first, then DEBRIEF_MATHJAX_DIR
    // (a CMake cache variable; the Flatpak's /app/share/javascript/mathjax by default).
    static QString mathJaxDir();

signals:
    void cardShown();
    // A link, form, script or redirect tried to leave the card page; it stayed.
    void navigationBlocked(const QUrl &url);

private:
    void loadShell();
    QString layoutScript() const;

    LocalOnlyInterceptor *m_interceptor = nullptr;   // owned by the page's profile
    CardSchemeHandler *m_schemeHandler = nullptr;   // owned by the page's profile
    CardPage *m_page = nullptr;
    QString m_mediaDir;
    bool m_ready = false;
    QString m_pendingHtml;
    QString m_pendingCss;
    bool m_pendingDark = false;
    bool m_hasPending = false;
};

} // namespace debrief
