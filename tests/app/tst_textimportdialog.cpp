// The CSV/TSV import dialog on real files: preview, options, and what ends up in a collection.
#include "mainwindow.h"
#include "textimportdialog.h"
#include "widgettest.h"

#include "import/textimporter.h"
#include "model/stocknotetypes.h"
#include "storage/collection.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "util/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace debrief;
using debrief::widgettest::child;

namespace {

// One record of a delimited file, read independently of CsvReader: '"' opens and closes
// quoting ("" inside quotes is a quote), a newline outside quotes ends the record, blank lines
// and lines starting with '#' are dropped. Enough for the fixtures used here.
struct Row {
    QStringList fields;
    int line = 0;   // 1-based line where the record starts
};

QList<Row> readRows(const QString &path, QChar sep)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QString text = QString::fromUtf8(f.readAll());
    QList<Row> rows;
    Row row;
    QString field;
    bool quoted = false;
    bool atLineStart = true;
    int line = 1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (atLineStart && !quoted && row.fields.isEmpty() && field.isEmpty()) {
            if (c == QLatin1Char('#') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                const int end = text.indexOf(QLatin1Char('\n'), i);
                i = end < 0 ? int(text.size()) : end;
                ++line;
                continue;
            }
            row.line = line;
        }
        atLineStart = false;
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == sep) {
            row.fields << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))) {
            if (c == QLatin1Char('\r'))
                ++i;
            row.fields << field;
            rows << row;
            row = Row();
            field.clear();
            ++line;
            atLineStart = true;
        } else {
            field += c;
        }
    }
    if (!atLineStart) {
        row.fields << field;
        rows << row;
    }
    return rows;
}

int widest(const QList<Row> &rows)
{
    int w = 0;
    for (const Row &r : rows)
        w = std::max(w, int(r.fields.size()));
    return w;
}

QString fixture(const char *name)
{
    return QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/") + QLatin1String(name);
}

QString cell(const QTableWidget *t, int row, int col)
{
    const QTableWidgetItem *item = t->item(row, col);
    return item ? item->text() : QString();
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(i);
}

} // namespace

class TestTextImportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    std::unique_ptr<Collection> makeCollection() { return widgettest::newCollection(m_tmp); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Tags of every note in the collection, in insertion order.
    static QList<QStringList> allTags(Collection &col)
    {
        QList<QStringList> out;
        auto ids = col.database().prepare(QStringLiteral("SELECT guid FROM notes ORDER BY id"));
        if (!ids)
            return out;
        while (*ids->step())
            out << (*col.noteByGuid(ids->text(0)))->tags;
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void previewMatchesFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QChar>("sep");
        QTest::addColumn<bool>("chooseSeparator");   // else Detect
        QTest::addColumn<bool>("plain");   // fields without HTML: the cells equal the file's text
        QTest::newRow("Anki tab file with a comment line, short and long rows")
            << fixture("anki/text-2fields.txt") << QChar('\t') << false << true;
        // Anki's guess prefers ':' (in the URLs) to ',', so the user picks Comma.
        QTest::newRow("12-column CSV, quoted commas, CRLF, Comma chosen")
            << fixture("community/cissp_safari.csv") << QChar(',') << true << true;
        QTest::newRow("Anki export with #separator/#html headers, multi-line quoted HTML")
            << fixture("community/python_basics_export.txt") << QChar('\t') << false << false;
    }
    void previewMatchesFile()
    {
        QFETCH(QString, path);
        QFETCH(QChar, sep);
        QFETCH(bool, chooseSeparator);
        QFETCH(bool, plain);
        const QList<Row> rows = readRows(path, sep);
        QVERIFY(!rows.isEmpty());
        auto col = makeCollection();
        TextImportDialog dlg(*col, path);
        auto *separator = child<QComboBox>(dlg, QStringLiteral("separator"));
        if (chooseSeparator)
            choose(separator, QString(sep));
        else   // the detected separator is named
            QVERIFY2(separator->itemText(0).contains(separator->itemText(separator->findData(QString(sep)))),
                     qPrintable(separator->itemText(0)));

        auto *preview = child<QTableWidget>(dlg, QStringLiteral("preview"));
        const QStringList fields = StockNotetypes::basic().fieldNames;
        QCOMPARE(child<QComboBox>(dlg, QStringLiteral("notetype"))->currentText(), StockNotetypes::basic().name);
        QCOMPARE(child<QComboBox>(dlg, QStringLiteral("deck"))->currentText(), QStringLiteral("Default"));
        QCOMPARE(preview->rowCount(), std::min(int(rows.size()), TextImportDialog::kPreviewRows));
        QCOMPARE(preview->columnCount(), int(fields.size()) + 1);   // the fields, then Tags
        for (int c = 0; c < fields.size(); ++c)
            QCOMPARE(preview->horizontalHeaderItem(c)->text(), fields.at(c));

        for (int r = 0; r < preview->rowCount(); ++r) {
            QCOMPARE(preview->verticalHeaderItem(r)->text(), QString::number(rows.at(r).line));
            const QString front = rows.at(r).fields.at(0);
            QCOMPARE(cell(preview, r, 0).simplified(),
                     (plain ? front : QTextDocumentFragment::fromHtml(front).toPlainText()).simplified());
            if (plain)
                QCOMPARE(cell(preview, r, 1).simplified(), rows.at(r).fields.value(1).simplified());
        }

        // A combo per column: column i goes to field i, the rest are skipped.
        const ImportOptions o = dlg.options();
        QCOMPARE(o.fieldMap.size(), widest(rows));
        for (int i = 0; i < o.fieldMap.size(); ++i) {
            QCOMPARE(o.fieldMap.at(i), fields.value(i));
            QVERIFY(dlg.findChild<QComboBox *>(QStringLiteral("map%1").arg(i)));
        }
        QVERIFY(child<QPushButton>(dlg, QStringLiteral("import"))->isEnabled());
        QVERIFY(child<QLabel>(dlg, QStringLiteral("status"))->text().contains(QString::number(rows.size())));
    }

    void fileHeadersDecideHtmlAndDefaults()
    {
        auto col = makeCollection();
        TextImportDialog dlg(*col, fixture("community/python_basics_export.txt"));
        auto *html = child<QCheckBox>(dlg, QStringLiteral("html"));
        QVERIFY(!html->isEnabled());   // #html:true in the file
        QVERIFY(html->isChecked());

        const QString path = writeFile(QStringLiteral("headers.txt"),
                                       "#separator:Pipe\n#html:false\n#deck:Interview::ML\n#notetype:Cloze\n"
                                       "What is {{c1::recall}}?|TP / (TP + FN)|metrics\n");
        TextImportDialog headed(*col, path);
        QCOMPARE(child<QComboBox>(headed, QStringLiteral("deck"))->currentText(), QStringLiteral("Interview::ML"));
        QCOMPARE(child<QComboBox>(headed, QStringLiteral("notetype"))->currentText(), StockNotetypes::cloze().name);
        QVERIFY(!child<QCheckBox>(headed, QStringLiteral("html"))->isChecked());
        const ImportOptions o = headed.options();
        QVERIFY(o.separator.isNull());   // Detect: the #separator header applies
        QCOMPARE(o.fieldMap.size(), 3);
        auto *preview = child<QTableWidget>(headed, QStringLiteral("preview"));
        QCOMPARE(preview->rowCount(), 1);
        QCOMPARE(preview->columnCount(), int(StockNotetypes::cloze().fieldNames.size()) + 1);
        QCOMPARE(cell(preview, 0, 0), QStringLiteral("What is {{c1::recall}}?"));
        QCOMPARE(cell(preview, 0, 1), QStringLiteral("TP / (TP + FN)"));
    }

    void statusShowsFirstProblemWithItsLine()
    {
        const QString path = fixture("anki/text-2fields.txt");
        const QList<Row> rows = readRows(path, QLatin1Char('\t'));
        int odd = 0;   // the first row with more or fewer than Basic's two columns
        for (const Row &r : rows)
            if (!odd && r.fields.size() != 2)
                odd = r.line;
        QVERIFY(odd > 0);
        auto col = makeCollection();
        TextImportDialog dlg(*col, path);
        const QString status = child<QLabel>(dlg, QStringLiteral("status"))->text();
        QVERIFY2(status.contains(QStringLiteral("text-2fields.txt:%1:").arg(odd)), qPrintable(status));
        QVERIFY(child<QPushButton>(dlg, QStringLiteral("import"))->isEnabled());   // warnings do not block
    }

    void separatorChangeRereadsColumns()
    {
        const QString path = fixture("anki/text-2fields.txt");
        const QList<Row> byComma = readRows(path, QLatin1Char(','));
        auto col = makeCollection();
        TextImportDialog dlg(*col, path);
        auto *preview = child<QTableWidget>(dlg, QStringLiteral("preview"));
        auto *separator = child<QComboBox>(dlg, QStringLiteral("separator"));

        choose(separator, QStringLiteral(","));
        QCOMPARE(dlg.options().separator, QChar(','));
        QCOMPARE(dlg.options().fieldMap.size(), widest(byComma));
        QCOMPARE(preview->rowCount(), int(byComma.size()));
        for (int r = 0; r < preview->rowCount(); ++r) {
            QCOMPARE(cell(preview, r, 0).simplified(), byComma.at(r).fields.at(0).simplified());
            QCOMPARE(cell(preview, r, 1).simplified(), byComma.at(r).fields.value(1).simplified());
        }

        choose(separator, QStringLiteral("\t"));
        QCOMPARE(dlg.options().separator, QChar('\t'));
        const QList<Row> byTab = readRows(path, QLatin1Char('\t'));
        QCOMPARE(dlg.options().fieldMap.size(), widest(byTab));
        QCOMPARE(cell(preview, 0, 1), byTab.at(0).fields.at(1));
    }

    void headerCheckboxTakesFirstRowAsLabels()
    {
        const QString path = fixture("community/cissp_safari.csv");
        const QList<Row> rows = readRows(path, QLatin1Char(','));
        QVERIFY(rows.size() >= 2);
        auto col = makeCollection();
        TextImportDialog dlg(*col, path);
        choose(child<QComboBox>(dlg, QStringLiteral("separator")), QStringLiteral(","));
        auto *preview = child<QTableWidget>(dlg, QStringLiteral("preview"));
        QCOMPARE(preview->rowCount(), int(rows.size()));
        QVERIFY(!dlg.options().firstLineIsHeader);

        QTest::mouseClick(child<QCheckBox>(dlg, QStringLiteral("header")), Qt::LeftButton);
        QVERIFY(dlg.options().firstLineIsHeader);
        QCOMPARE(preview->rowCount(), int(rows.size()) - 1);
        QCOMPARE(cell(preview, 0, 0), rows.at(1).fields.at(0));
        QCOMPARE(preview->verticalHeaderItem(0)->text(), QString::number(rows.at(1).line));
        QCOMPARE(child<QLabel>(dlg, QStringLiteral("sample0"))->toolTip(), rows.at(0).fields.at(0));
    }

    void mappingChangeUpdatesPreviewAndOptions()
    {
        const QString path = fixture("community/cissp_safari.csv");
        const QList<Row> rows = readRows(path, QLatin1Char(','));
        auto col = makeCollection();
        TextImportDialog dlg(*col, path);
        choose(child<QComboBox>(dlg, QStringLiteral("separator")), QStringLiteral(","));
        auto *preview = child<QTableWidget>(dlg, QStringLiteral("preview"));
        const QStringList fields = StockNotetypes::basic().fieldNames;

        choose(child<QComboBox>(dlg, QStringLiteral("map0")), fields.at(1));
        choose(child<QComboBox>(dlg, QStringLiteral("map1")), fields.at(0));
        choose(child<QComboBox>(dlg, QStringLiteral("map4")), QStringLiteral("deck"));
        const ImportOptions o = dlg.options();
        QCOMPARE(o.fieldMap.mid(0, 2), (QStringList{fields.at(1), fields.at(0)}));
        QCOMPARE(o.fieldMap.at(4), QStringLiteral("deck"));
        QCOMPARE(preview->columnCount(), int(fields.size()) + 2);   // + Tags + Deck
        QCOMPARE(preview->horizontalHeaderItem(int(fields.size()) + 1)->text(), QStringLiteral("Deck"));
        for (int r = 0; r < preview->rowCount(); ++r) {
            QCOMPARE(cell(preview, r, 0).simplified(), rows.at(r).fields.at(1).simplified());
            QCOMPARE(cell(preview, r, 1).simplified(), rows.at(r).fields.at(0).simplified());
            QCOMPARE(cell(preview, r, int(fields.size()) + 1), rows.at(r).fields.at(4).trimmed());
        }

        // Skipping every column leaves nothing to import.
        for (QComboBox *map : dlg.findChildren<QComboBox *>(QRegularExpression(QStringLiteral("^map\\d+$"))))
            choose(map, QString());
        QVERIFY(!child<QPushButton>(dlg, QStringLiteral("import"))->isEnabled());
    }

    void tagsColumnReachesImportedNotes()
    {
        const QString path = fixture("community/cissp_safari.csv");
        const QList<Row> rows = readRows(path, QLatin1Char(','));
        const int last = widest(rows) - 1;
        auto col = makeCollection();
        TextImportDialog dlg(*col, path);
        choose(child<QComboBox>(dlg, QStringLiteral("separator")), QStringLiteral(","));
        auto *preview = child<QTableWidget>(dlg, QStringLiteral("preview"));
        const int tagsColumn = int(StockNotetypes::basic().fieldNames.size());
        QCOMPARE(preview->horizontalHeaderItem(tagsColumn)->text(), QStringLiteral("Tags"));
        QCOMPARE(cell(preview, 0, tagsColumn), QString());

        choose(child<QComboBox>(dlg, QStringLiteral("map%1").arg(last)), QStringLiteral("tags"));
        child<QComboBox>(dlg, QStringLiteral("deck"))->setCurrentText(QStringLiteral("Security::CISSP"));
        QCOMPARE(dlg.options().fieldMap.at(last), QStringLiteral("tags"));
        for (int r = 0; r < preview->rowCount(); ++r)
            QCOMPARE(cell(preview, r, tagsColumn), rows.at(r).fields.at(last).trimmed());

        const ImportResult result = TextImporter::importFile(*col, path, dlg.options(), {});
        QVERIFY(result.ok());
        QCOMPARE(result.counts.notesAdded, int(rows.size()));
        const QList<QStringList> tags = allTags(*col);
        QCOMPARE(tags.size(), int(rows.size()));
        for (int i = 0; i < tags.size(); ++i)
            QVERIFY2(tags.at(i).contains(rows.at(i).fields.at(last).trimmed()), qPrintable(tags.at(i).join(' ')));
        auto deck = col->deckByName(QStringLiteral("Security::CISSP"));
        QVERIFY(deck.ok() && deck->has_value());
    }

    void invalidUtf8BlocksImport()
    {
        const QByteArray bytes = "front\tback\nok\tfine\nbad \xff byte\tx\nlast\tone\n";
        const int badLine = bytes.left(bytes.indexOf('\xff')).count('\n') + 1;
        const QString path = writeFile(QStringLiteral("latin1.txt"), bytes);
        auto col = makeCollection();
        TextImportDialog dlg(*col, path);
        QVERIFY(!child<QPushButton>(dlg, QStringLiteral("import"))->isEnabled());
        const QString status = child<QLabel>(dlg, QStringLiteral("status"))->text();
        QVERIFY2(status.contains(QStringLiteral("latin1.txt:%1:").arg(badLine)), qPrintable(status));
        QCOMPARE(child<QTableWidget>(dlg, QStringLiteral("preview"))->rowCount(), 0);
    }

    void unreadableFileSaysSo()
    {
        auto col = makeCollection();
        TextImportDialog dlg(*col, m_tmp.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!child<QPushButton>(dlg, QStringLiteral("import"))->isEnabled());
        QVERIFY(child<QLabel>(dlg, QStringLiteral("status"))->text().contains(QStringLiteral("missing.csv")));
    }

    void enterImportsEscapeCancels()
    {
        auto col = makeCollection();
        const QString path = fixture("anki/text-2fields.txt");
        {
            TextImportDialog dlg(*col, path);
            dlg.show();
            QVERIFY(QTest::qWaitForWindowActive(&dlg));
            QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dlg, QStringLiteral("separator")));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(dlg.result(), int(QDialog::Accepted));
        }
        {
            TextImportDialog dlg(*col, path);
            dlg.show();
            QVERIFY(QTest::qWaitForWindowActive(&dlg));
            auto *deck = child<QComboBox>(dlg, QStringLiteral("deck"));
            deck->setFocus();
            QTest::keyClicks(deck->lineEdit(), QStringLiteral("::Words"));
            QTest::keyClick(deck->lineEdit(), Qt::Key_Return);   // Enter in the deck name imports too
            QCOMPARE(dlg.result(), int(QDialog::Accepted));
            QCOMPARE(dlg.options().deckName, QStringLiteral("Default::Words"));
        }
        {
            TextImportDialog dlg(*col, path);
            dlg.show();
            QVERIFY(QTest::qWaitForWindowActive(&dlg));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QCOMPARE(dlg.result(), int(QDialog::Rejected));
        }
    }

    void tabVisitsOptionsThenColumns()
    {
        const QString path = fixture("community/cissp_safari.csv");
        const int columns = widest(readRows(path, QLatin1Char(',')));
        auto col = makeCollection();
        TextImportDialog dlg(*col, path);
        choose(child<QComboBox>(dlg, QStringLiteral("separator")), QStringLiteral(","));
        QStringList order;
        QWidget *w = child<QComboBox>(dlg, QStringLiteral("separator"));
        for (int i = 0; i < 200 && !order.contains(QStringLiteral("import")); ++i, w = w->nextInFocusChain())
            if ((w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty())   // skips the deck's line edit
                order << w->objectName();
        QStringList expected{QStringLiteral("separator"), QStringLiteral("header"), QStringLiteral("html"),
                             QStringLiteral("notetype"), QStringLiteral("deck")};
        for (int i = 0; i < columns; ++i)
            expected << QStringLiteral("map%1").arg(i);
        expected << QStringLiteral("preview") << QStringLiteral("import");
        QCOMPARE(order, expected);
    }

    // MainWindow asks about text files before importing them; Cancel skips only that file.
    void mainWindowAsksBeforeTextImport()
    {
        const QString path = fixture("community/cissp_safari.csv");
        const QList<Row> rows = readRows(path, QLatin1Char(','));
        auto clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        MainWindow w(makeCollection(), std::move(clock));
        w.show();

        // Answers each modal window as it appears: `dialogAction` for the import dialog, OK for
        // the summary box.
        int dialogs = 0;
        int boxes = 0;
        std::function<void(TextImportDialog *)> dialogAction;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            if (auto *d = qobject_cast<TextImportDialog *>(modal)) {
                ++dialogs;
                dialogAction(d);
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                ++boxes;
                box->accept();
            }
        });

        dialogAction = [](TextImportDialog *d) { d->reject(); };
        w.importFiles({path});
        QCOMPARE(dialogs, 1);
        QCOMPARE(boxes, 0);   // nothing ran, nothing to report
        QCOMPARE(*w.collection().count(QStringLiteral("notes")), qint64(0));

        const int last = widest(rows) - 1;
        dialogAction = [last](TextImportDialog *d) {
            choose(d->findChild<QComboBox *>(QStringLiteral("separator")), QStringLiteral(","));
            choose(d->findChild<QComboBox *>(QStringLiteral("map%1").arg(last)), QStringLiteral("tags"));
            d->accept();
        };
        w.importFiles({path});
        QCOMPARE(dialogs, 2);
        QCOMPARE(boxes, 1);
        QCOMPARE(*w.collection().count(QStringLiteral("notes")), qint64(rows.size()));
        for (const QStringList &t : allTags(w.collection()))
            QVERIFY(t.contains(rows.at(0).fields.at(last).trimmed()));
    }
};

QTEST_MAIN(TestTextImportDialog)
#include "tst_textimportdialog.moc"
