#pragma once

#include <QWebEngineView>

namespace debrief {

class LocalOnlyInterceptor;

// Shows one side of a card. The page shell (MathJax config, base styles) is loaded once; each
// card's HTML is then swapped in with a script call, which takes milliseconds instead of the
// ~150 ms of a full page load. Card HTML arrives already sanitised (no scripts, no handlers); the
// request interceptor additionally refuses every URL outside the media folder and MathJax, so an
// imported deck cannot reach the network.
class CardView : public QWebEngineView {
    Q_OBJECT
public:
    explicit CardView(QWidget *parent = nullptr);
    ~CardView() override;

    void setMediaDir(const QString &dir);
    // `html` is the card side, `css` its note type's style sheet.
    void showCard(const QString &html, const QString &css, bool dark);
    bool isReady() const { return m_ready; }

signals:
    void cardShown();

private:
    void loadShell();
    QString layoutScript() const;

    LocalOnlyInterceptor *m_interceptor = nullptr;   // owned by the page's profile
    QString m_mediaDir;
    bool m_ready = false;
    QString m_pendingHtml;
    QString m_pendingCss;
    bool m_pendingDark = false;
    bool m_hasPending = false;
};

} // namespace debrief
