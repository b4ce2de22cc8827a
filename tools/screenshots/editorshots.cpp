// Screenshots of the note editor, light and dark, for docs/screenshots/editor-*.png, and of the
// browser with its lower editor pane (browser-*.png).
// Run under Xvfb: xvfb-run -a -s "-screen 0 1280x900x24" editorshots DECKS_DIR OUT_DIR
// As layoutshots: the whole screen with ImageMagick's `import`, since the preview is a web view.
#include "browserwindow.h"
#include "editordialog.h"
#include "noteeditor.h"
#include "outlineeditor.h"
#include "theme.h"

#include "decks/deckimporter.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QTableView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

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
    wait(1500);
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), path});
    qInfo("%s", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("debrief-screenshots"));
    if (argc < 3)
        qFatal("usage: editorshots DECKS_DIR OUT_DIR");
    const QString decks = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QTemporaryDir tmp;
    auto col = Collection::open(tmp.filePath(QStringLiteral("c.sqlite")));
    if (!col)
        qFatal("%s", qPrintable(col.error().message));
    for (const char *file : {"/failure-trees.deck", "/answer-pairs.deck"})
        (void)DeckImporter::importFile(**col, decks + QLatin1String(file));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    auto tree = (*col)->noteByGuid(DeckImporter::guidFor(QStringLiteral("s0-f1-fine-tuned-model-wrong-business-call")));
    if (!tree || !*tree)
        qFatal("no tree note");
    const CardId treeCard = (*col)->cardsOfNote((**tree).id)->front().id;

    for (const bool dark : {false, true}) {
        Theme::setDark(dark);
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        {
            // Editing a failure tree: the branch tree with a sub-branch selected, the whole tree previewed.
            EditorDialog dialog(**col, clock, treeCard);
            dialog.setGeometry(0, 0, 1280, 900);
            dialog.show();
            // The bundled trees are one level deep: Alt+Right on the second branch shows a sub-branch.
            OutlineEditor *outline = dialog.editor()->outlineEditor();
            outline->tree()->setCurrentItem(outline->tree()->topLevelItem(1));
            outline->indent();
            shoot(out.filePath(QStringLiteral("editor-tree-%1.png").arg(suffix)));
        }
        {
            // Adding an answer pair, typed in, with its preview and tag completion's tags.
            EditorDialog dialog(**col, clock, std::nullopt);
            dialog.setGeometry(0, 0, 1280, 900);
            dialog.show();
            NoteEditor *e = dialog.editor();
            e->notetypeChooser()->setCurrentIndex(e->notetypeChooser()->findText(QStringLiteral("Debrief Pair")));
            emit e->notetypeChooser()->activated(e->notetypeChooser()->currentIndex());
            e->fieldEditor(QStringLiteral("Question"))->setPlainText(QStringLiteral("The model's offline accuracy rose but support tickets did too. What do you say?"));
            e->fieldEditor(QStringLiteral("Weak"))->setPlainText(QStringLiteral("The model is better; the tickets must come from something else."));
            e->fieldEditor(QStringLiteral("Strong"))->setPlainText(QStringLiteral("Offline accuracy measured the wrong thing: check which user tasks regressed before shipping more."));
            e->fieldEditor(QStringLiteral("Why"))->setPlainText(QStringLiteral("It ties the metric to the **user outcome** and proposes the next check."));
            e->fieldEditor(QStringLiteral("Points"))->setPlainText(QStringLiteral("names the metric gap\nlooks at regressed tasks\nproposes a check before shipping"));
            e->tagsLine()->setText(QStringLiteral("interview metrics"));
            e->updatePreview();
            shoot(out.filePath(QStringLiteral("editor-pair-%1.png").arg(suffix)));
        }
        {
            // The browser's lower pane: the selected card's note, editable under the table.
            BrowserWindow browser(**col, clock);
            browser.setGeometry(0, 0, 1280, 900);
            browser.searchLine()->setText(QStringLiteral("kind:pair"));
            browser.search();
            browser.show();
            browser.table()->setCurrentIndex(browser.table()->model()->index(0, 0));
            shoot(out.filePath(QStringLiteral("browser-%1.png").arg(suffix)));
        }
    }
    return 0;
}
