// Screenshots of the card layouts and of rehearsal mode, light and dark, for docs/screenshots/.
// Run under Xvfb: xvfb-run -a -s "-screen 0 1280x900x24" layoutshots DECKS_DIR OUT_DIR
// Each shot is taken of the whole screen with ImageMagick's `import`, since a QWebEngineView
// does not paint into QWidget::grab on every platform.
#include "answerrecorder.h"
#include "cardview.h"
#include "rehearsalwidget.h"
#include "reviewwidget.h"
#include "theme.h"

#include "decks/builtinnotetypes.h"
#include "decks/deckimporter.h"
#include "decks/deckparser.h"
#include "render/debriefcardrenderer.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>

using namespace debrief;

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void shoot(const QString &path)
{
    wait(900);
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), path});
    qInfo("%s", qPrintable(path));
}

RenderedCard render(const QString &deckFile, const QString &id, int ord)
{
    const DeckParseResult parsed = DeckParser::parseFile(deckFile);
    for (const DeckNote &dn : parsed.deck.notes) {
        if (dn.id != id)
            continue;
        Note note;
        note.fields = DeckImporter::noteFields(dn);
        return DebriefCardRenderer::render(note, BuiltinNotetypes::make(dn.kind), ord);
    }
    qFatal("no note %s", qPrintable(id));
}

void js(CardView &v, const QString &script)
{
    v.page()->runJavaScript(script);
    wait(200);
}

// A microphone for the shots (Xvfb has none): "records" a second of silence as a WAV file.
class ShotRecorder : public AnswerRecorder {
public:
    bool hasInput() const override { return true; }
    void start(const QString &pathWithoutSuffix) override { m_path = pathWithoutSuffix + QStringLiteral(".wav"); }
    void stop() override
    {
        QFile f(m_path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray(16000, '\0'));
        f.close();
        emit finished(m_path);
    }

private:
    QString m_path;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("debrief-screenshots"));
    if (argc < 3)
        qFatal("usage: layoutshots DECKS_DIR OUT_DIR");
    const QString decks = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));

    for (const bool dark : {false, true}) {
        Theme::setDark(dark);
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        {
            CardView view;
            view.setGeometry(0, 0, 1280, 900);
            view.show();
            wait(1500);
            const QString pairs = decks + QStringLiteral("/answer-pairs.deck");
            const RenderedCard pair = render(pairs, QStringLiteral("s0-p1-open-with-user-problem"), 0);
            view.showCard(pair.question, pair.css, dark);
            wait(500);
            js(view, QStringLiteral("var t=document.querySelector('.dbf-typein textarea');t.value='I would start with the stack we used and "
                                    "then the results.';t.dispatchEvent(new Event('input'));"));
            shoot(out.filePath(QStringLiteral("pair-front-%1.png").arg(suffix)));
            view.showCard(pair.answer, pair.css, dark);
            shoot(out.filePath(QStringLiteral("pair-back-%1.png").arg(suffix)));

            const QString trees = decks + QStringLiteral("/failure-trees.deck");
            const RenderedCard tree = render(trees, QStringLiteral("s0-f1-fine-tuned-model-wrong-business-call"), 0);
            view.showCard(tree.answer, tree.css, dark);
            wait(400);
            for (int i = 0; i < 3; ++i)
                js(view, QStringLiteral("document.dispatchEvent(new KeyboardEvent('keydown',{key:'n'}))"));
            shoot(out.filePath(QStringLiteral("tree-whole-%1.png").arg(suffix)));
            const RenderedCard branch = render(trees, QStringLiteral("s0-f1-fine-tuned-model-wrong-business-call"), 2);
            view.showCard(branch.answer, branch.css, dark);
            shoot(out.filePath(QStringLiteral("tree-branch-%1.png").arg(suffix)));

            const QString layersFile = decks + QStringLiteral("/metric-layers.deck");
            const DeckParseResult lp = DeckParser::parseFile(layersFile);
            const RenderedCard layers = render(layersFile, lp.deck.notes.front().id, 0);
            view.showCard(layers.answer, layers.css, dark);
            shoot(out.filePath(QStringLiteral("layers-whole-%1.png").arg(suffix)));
            const RenderedCard layer = render(layersFile, lp.deck.notes.front().id, 2);
            view.showCard(layer.question, layer.css, dark);
            shoot(out.filePath(QStringLiteral("layers-one-%1.png").arg(suffix)));
        }
        {
            QTemporaryDir tmp;
            auto col = Collection::open(tmp.filePath(QStringLiteral("c.sqlite")));
            if (!col)
                qFatal("%s", qPrintable(col.error().message));
            DeckImporter::importFile(**col, decks + QStringLiteral("/answer-pairs.deck"));
            FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
            RehearsalWidget w(**col, clock);
            ShotRecorder mic;
            w.setRecorder(&mic);
            w.setLimitSecs(60);
            w.setGeometry(0, 0, 1280, 900);
            w.show();
            w.start(std::nullopt, QString(), 3);
            w.findChild<QPlainTextEdit *>(QStringLiteral("rehearsalTyped"))
                ->setPlainText(QStringLiteral("I'd open with the users' problem: support agents spent hours on refunds, and we "
                                              "had three months and no GPU budget, so we chose retrieval over fine-tuning."));
            shoot(out.filePath(QStringLiteral("rehearsal-question-%1.png").arg(suffix)));
            w.reveal();
            for (const char *name : {"rehearsalPoint0", "rehearsalPoint1"})
                if (auto *c = w.findChild<QCheckBox *>(QLatin1String(name)))
                    c->setChecked(true);
            shoot(out.filePath(QStringLiteral("rehearsal-rubric-%1.png").arg(suffix)));
            w.confirm(w.proposedRating());
            w.reveal();
            if (auto *c = w.findChild<QCheckBox *>(QStringLiteral("rehearsalPoint0")))
                c->setChecked(true);
            w.confirm(w.proposedRating());
            w.reveal();
            w.confirm(3);
            shoot(out.filePath(QStringLiteral("rehearsal-summary-%1.png").arg(suffix)));
        }
        {
            // The reviewer: overview, a card with the counts above it, and "done for today".
            QTemporaryDir tmp;
            auto col = Collection::open(tmp.filePath(QStringLiteral("c.sqlite")));
            if (!col)
                qFatal("%s", qPrintable(col.error().message));
            DeckImporter::importFile(**col, decks + QStringLiteral("/answer-pairs.deck"));
            auto deck = (*col)->deckByName(QStringLiteral("Interview Prep::Answer Pairs"));
            if (!deck || !*deck)
                qFatal("no deck Interview Prep::Answer Pairs");
            Deck d = **deck;
            d.description = QStringLiteral("Strong and weak answers to the questions an AI product interview asks, "
                                           "with the reason one lands and the other does not.");
            (*col)->updateDeck(d);
            FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
            ReviewWidget w(**col, clock);
            w.setGeometry(0, 0, 1280, 900);
            w.show();
            w.showOverview(d.id, d.name);
            shoot(out.filePath(QStringLiteral("overview-%1.png").arg(suffix)));
            w.start(d.id, d.name);
            w.setTimerShown(true);
            for (int i = 0; i < 3; ++i) {
                w.showAnswer();
                w.answer(i == 0 ? 1 : 4);
            }
            w.toggleFlag(4);
            wait(1500);
            shoot(out.filePath(QStringLiteral("reviewer-%1.png").arg(suffix)));
            w.setTimerShown(false);
            for (int i = 0; i < 200 && w.page() == ReviewWidget::Page::Study; ++i) {
                w.showAnswer();
                w.answer(4);
            }
            shoot(out.filePath(QStringLiteral("done-%1.png").arg(suffix)));
        }
    }
    return 0;
}
