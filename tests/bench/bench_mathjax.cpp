// Benchmark of cards with formulas in the real card view (QtWebEngine, Debian's MathJax 2 from
// debrief://mathjax/): the time from handing a card to the view until MathJax has typeset it,
// over cards with one inline formula and with a dozen display formulas, each card's formulas
// different so no typeset is reused. Chromium flags (QTWEBENGINE_CHROMIUM_FLAGS, e.g. V8's
// --js-flags) can be compared by running it twice. Prints figures; asserts nothing.
// Usage: QT_QPA_PLATFORM=offscreen bench_mathjax [cards]
#include "cardview.h"
#include "webenginegraphics.h"
#include "percentiles.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWebEnginePage>

#include <algorithm>
#include <vector>

using namespace debrief;

namespace {

// Runs `script` in the page and waits for its result.
QVariant js(CardView &view, const QString &script)
{
    QVariant result;
    bool done = false;
    view.page()->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    while (!done)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    WebEngineGraphics::reserve();   // as the app's main() does
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (!QFile::exists(QStringLiteral("/usr/share/javascript/mathjax/MathJax.js"))) {
        out << "libjs-mathjax is not installed" << Qt::endl;
        return 1;
    }
    const int cards = app.arguments().size() > 1 ? app.arguments()[1].toInt() : 40;
    QTemporaryDir media;
    CardView view;
    view.setMediaDir(media.path());
    view.resize(800, 600);
    view.show();
    QElapsedTimer t;
    t.start();
    while (!view.isReady() && t.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);

    // A card counts as typeset when MathJax has put its output in place of every formula.
    const QString typesetCount = QStringLiteral("document.querySelectorAll('#qa .MathJax, #qa .MathJax_CHTML, #qa mjx-container').length");
    const auto run = [&](int formulas, bool display) {
        std::vector<double> ms;
        for (int i = 0; i < cards; ++i) {
            QString html;
            for (int f = 0; f < formulas; ++f) {
                const QString tex = QStringLiteral("\\frac{%1 x^{%2}}{\\sqrt{%3 + y_{%4}}} + \\sum_{k=1}^{%5} k^2").arg(i + 1).arg(f + 2).arg(i + f).arg(f).arg(i + 3);
                html += display ? QStringLiteral("<p>\\[%1\\]</p>").arg(tex) : QStringLiteral("<p>Recall \\(%1\\) here.</p>").arg(tex);
            }
            t.restart();
            view.showCard(html, QString(), false);
            while (js(view, typesetCount).toInt() < formulas && t.elapsed() < 20000)
                QApplication::processEvents(QEventLoop::AllEvents, 1);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        return ms;
    };
    run(1, false);   // warm-up: MathJax loads its TeX input and CommonHTML output on the first formula
    out << "one inline formula: shown -> typeset, " << percentiles(run(1, false)) << Qt::endl;
    out << "twelve display formulas: shown -> typeset, " << percentiles(run(12, true)) << Qt::endl;
    return 0;
}
