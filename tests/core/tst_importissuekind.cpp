// The one mapping from a core Error to the issue an importer reports (importIssueKind). An I/O
// failure on a file that exists must not read "not found".

#include "import/importresult.h"

#include <QtTest>

using namespace debrief;

Q_DECLARE_METATYPE(Error::Kind)
Q_DECLARE_METATYPE(ImportIssue::Kind)

class TestImportIssueKind : public QObject {
    Q_OBJECT

private slots:
    void mapping_data();
    void mapping();
};

void TestImportIssueKind::mapping_data()
{
    QTest::addColumn<Error::Kind>("error");
    QTest::addColumn<ImportIssue::Kind>("expected");

    using E = Error::Kind;
    using I = ImportIssue::Kind;
    QTest::newRow("I/O error is I/O, not not-found") << E::Io << I::Io;
    QTest::newRow("missing is not found") << E::NotFound << I::NotFound;
    QTest::newRow("invalid input inside a file is damage") << E::InvalidInput << I::Corrupt;
    QTest::newRow("corrupt") << E::Corrupt << I::Corrupt;
    QTest::newRow("too new") << E::TooNew << I::TooNew;
    QTest::newRow("too old") << E::TooOld << I::TooOld;
    QTest::newRow("unsafe") << E::Unsafe << I::Unsafe;
    QTest::newRow("cancelled") << E::Cancelled << I::Cancelled;
    QTest::newRow("unknown format") << E::UnknownFormat << I::UnknownFormat;
    QTest::newRow("bad encoding") << E::BadEncoding << I::BadEncoding;
    QTest::newRow("missing field") << E::MissingField << I::MissingField;
    QTest::newRow("duplicate") << E::Duplicate << I::Duplicate;
    QTest::newRow("a locked collection is internal") << E::Locked << I::Internal;
    QTest::newRow("internal") << E::Internal << I::Internal;
}

void TestImportIssueKind::mapping()
{
    QFETCH(Error::Kind, error);
    QFETCH(ImportIssue::Kind, expected);
    QCOMPARE(importIssueKind(error), expected);
}

QTEST_APPLESS_MAIN(TestImportIssueKind)
#include "tst_importissuekind.moc"
