#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace debrief;

// The SQLite wrapper: opening by mode, the header check that protects non-SQLite files,
// statements, the statement cache and the pragmas every read-write connection gets.
class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void createsAndConfiguresReadWrite();
    void readOnlyModeRefusesWrites();
    void refusesWhenWalIsUnavailable();
    void missingFileWithoutCreate();
    void headerCheck_data();
    void headerCheck();
    void statementRoundTrip_data();
    void statementRoundTrip();
    void cachedStatementIsReusedAndReset();
    void errorsAreMapped_data();
    void errorsAreMapped();
    void scratchDatabaseIsNewAndSelfContained();
    void foreignIsReadOnlyAndLeavesNoFiles();
    void foreignRefusesSqlObjects_data();
    void foreignRefusesSqlObjects();
    void foreignDeadlineStopsEndlessQuery();
    void foreignCancelStopsQuery();
    void foreignHeapBudgetStopsQuery();

private:
    static QByteArray sha1(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
    }
    static QString makeRealDatabase(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("real.sqlite"));
        auto db = Database::open(path, Database::Mode::ReadWriteCreate);
        if (auto r = (*db)->exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x');"
                                               "PRAGMA wal_checkpoint(TRUNCATE);"));
            !r)
            qFatal("%s", qPrintable(r.error().message));   // a helper returning a path cannot QVERIFY
        return path;
    }
};

void TestDatabase::createsAndConfiguresReadWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto db = Database::open(path, Database::Mode::ReadWriteCreate);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QVERIFY(QFile::exists(path));
    Result<Statement> mode = (*db)->prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.ok());
    QVERIFY(*mode->step());
    QCOMPARE(mode->text(0), QStringLiteral("wal"));
    QCOMPARE(*(*db)->queryInt(QStringLiteral("PRAGMA foreign_keys")), qint64(1));
    QCOMPARE(*(*db)->queryInt(QStringLiteral("PRAGMA busy_timeout")), qint64(5000));
    // FULL: an answer shown as saved survives a power cut (issue 8: NORMAL may roll back the last ones).
    QCOMPARE(*(*db)->queryInt(QStringLiteral("PRAGMA synchronous")), qint64(2));
    QCOMPARE((*db)->userVersion(), 0);
    QVERIFY((*db)->setUserVersion(7).ok());
    QCOMPARE((*db)->userVersion(), 7);
}

// Without shared memory (here: SQLite's dot-file locking VFS, as on some network file systems)
// "PRAGMA journal_mode=WAL" quietly leaves the journal mode as it was. A collection must not then
// run without the guarantees WAL gives; opening it fails with a message saying why.
void TestDatabase::refusesWhenWalIsUnavailable()
{
    QTemporaryDir dir;
    sqlite3_vfs *dotfile = sqlite3_vfs_find("unix-dotfile");
    sqlite3_vfs *standard = sqlite3_vfs_find(nullptr);
    QVERIFY(dotfile && standard);
    QCOMPARE(sqlite3_vfs_register(dotfile, 1), SQLITE_OK);   // the default for new connections
    auto db = Database::open(dir.filePath(QStringLiteral("nowal.sqlite")), Database::Mode::ReadWriteCreate);
    sqlite3_vfs_register(standard, 1);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Io);
    QVERIFY2(db.error().message.contains(QLatin1String("write-ahead")), qPrintable(db.error().message));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nowal.sqlite-wal"))));
}

void TestDatabase::readOnlyModeRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = makeRealDatabase(dir);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(db.ok());
    QVERIFY((*db)->isReadOnly());
    QCOMPARE(*(*db)->queryInt(QStringLiteral("SELECT a FROM t")), qint64(1));
    Result<void> write = (*db)->exec(QStringLiteral("INSERT INTO t VALUES (2, 'y')"));
    QVERIFY(!write.ok());
    QCOMPARE(write.error().kind, Error::Kind::Io);
}

void TestDatabase::missingFileWithoutCreate()
{
    QTemporaryDir dir;
    for (auto mode : {Database::Mode::ReadOnly, Database::Mode::ReadWrite}) {
        auto db = Database::open(dir.filePath(QStringLiteral("absent.sqlite")), mode);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::NotFound);
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent.sqlite"))));
}

void TestDatabase::headerCheck_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("real database")                 << "real" << true;
    QTest::newRow("empty file is an empty database") << "empty" << true;
    QTest::newRow("random bytes")                  << "random" << false;
    QTest::newRow("text file")                     << "text" << false;
    QTest::newRow("first 1000 bytes of a database") << "truncated" << false;
    QTest::newRow("last page cut off")             << "lastpage" << false;
    QTest::newRow("header with page size 1000")    << "badpagesize" << false;
}

void TestDatabase::headerCheck()
{
    QFETCH(QString, kind);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    const QString real = makeRealDatabase(dir);
    QFile realFile(real);
    QVERIFY(realFile.open(QIODevice::ReadOnly));
    const QByteArray realBytes = realFile.readAll();
    QVERIFY(realBytes.size() >= 8192);

    QByteArray bytes;
    if (kind == QLatin1String("real"))
        bytes = realBytes;
    else if (kind == QLatin1String("random")) {
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 7919 + 13) & 0xff));
    } else if (kind == QLatin1String("text"))
        bytes = QByteArray("front\tback\n").repeated(500);
    else if (kind == QLatin1String("truncated"))
        bytes = realBytes.left(1000);
    else if (kind == QLatin1String("lastpage"))
        bytes = realBytes.left(realBytes.size() - 4096);
    else if (kind == QLatin1String("badpagesize")) {
        bytes = realBytes;
        bytes[16] = char(0x03);
        bytes[17] = char(0xe8);
    }
    const QString path = dir.filePath(QStringLiteral("probe.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QByteArray before = sha1(path);
    Result<void> header = Database::checkHeader(path);
    QCOMPARE(header.ok(), accepted);
    auto db = Database::open(path, Database::Mode::ReadWrite);
    QCOMPARE(db.ok(), accepted);
    if (!accepted) {
        QCOMPARE(header.error().kind, Error::Kind::Corrupt);
        QCOMPARE(db.error().kind, Error::Kind::Corrupt);
        QCOMPARE(sha1(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
}

void TestDatabase::statementRoundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("sqliteType");
    QTest::newRow("zero")                 << QVariant(qint64(0)) << 1;
    QTest::newRow("negative seconds")     << QVariant(qint64(-600)) << 1;
    QTest::newRow("ms timestamp > 2^32")  << QVariant(qint64(1700000000123LL)) << 1;
    QTest::newRow("double")               << QVariant(1.3) << 2;
    QTest::newRow("ascii text")           << QVariant(QStringLiteral("hello")) << 3;
    QTest::newRow("unicode and 0x1f")     << QVariant(QStringLiteral("Grüße\x1f東京")) << 3;
    QTest::newRow("empty text")           << QVariant(QString()) << 3;
    QTest::newRow("blob with NUL bytes")  << QVariant(QByteArray("a\0b\xff", 4)) << 4;
}

void TestDatabase::statementRoundTrip()
{
    QFETCH(QVariant, value);
    QFETCH(int, sqliteType);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")), Database::Mode::ReadWriteCreate);
    QVERIFY(db.ok());
    QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE v (x)")).ok());
    Result<Statement> ins = (*db)->prepare(QStringLiteral("INSERT INTO v (x) VALUES (?)"));
    QVERIFY(ins.ok());
    switch (sqliteType) {
    case 1: ins->bind(1, value.toLongLong()); break;
    case 2: ins->bind(1, value.toDouble()); break;
    case 3: ins->bind(1, value.toString()); break;
    case 4: ins->bind(1, value.toByteArray()); break;
    }
    QVERIFY(ins->run().ok());
    Result<Statement> sel = (*db)->prepare(QStringLiteral("SELECT x FROM v"));
    QVERIFY(sel.ok());
    QVERIFY(*sel->step());
    QCOMPARE(sel->columnType(0), sqliteType);
    switch (sqliteType) {
    case 1: QCOMPARE(sel->int64(0), value.toLongLong()); break;
    case 2: QCOMPARE(sel->real(0), value.toDouble()); break;
    case 3: QCOMPARE(sel->text(0), value.toString()); break;
    case 4: QCOMPARE(sel->blob(0), value.toByteArray()); break;
    }
    QCOMPARE(*sel->step(), false);
}

void TestDatabase::cachedStatementIsReusedAndReset()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("c.sqlite")), Database::Mode::ReadWriteCreate);
    QVERIFY(db.ok());
    QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t (a); INSERT INTO t VALUES (1), (2), (3);")).ok());
    for (int i = 0; i < 3; ++i) {
        // Stepping only once leaves the statement mid-result; the borrow must reset it.
        Result<Statement> s = (*db)->cached("SELECT a FROM t ORDER BY a");
        QVERIFY(s.ok());
        QVERIFY(*s->step());
        QCOMPARE(s->int64(0), qint64(1));
    }
    // A pending read would make this DDL fail with "table is locked".
    QVERIFY((*db)->exec(QStringLiteral("DROP TABLE t")).ok());
}

void TestDatabase::errorsAreMapped_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("kind");
    QTest::newRow("syntax error is internal")      << "SELEC 1" << int(Error::Kind::Internal);
    QTest::newRow("unique violation is bad input") << "INSERT INTO u VALUES (1)" << int(Error::Kind::InvalidInput);
    QTest::newRow("foreign key is bad input")      << "INSERT INTO child VALUES (99)" << int(Error::Kind::InvalidInput);
}

void TestDatabase::errorsAreMapped()
{
    QFETCH(QString, sql);
    QFETCH(int, kind);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("e.sqlite")), Database::Mode::ReadWriteCreate);
    QVERIFY(db.ok());
    QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE u (a UNIQUE); INSERT INTO u VALUES (1);"
                                       "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                                       "CREATE TABLE child (p REFERENCES parent(id));")).ok());
    Result<void> r = (*db)->exec(sql);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind), kind);
    QVERIFY(!r.error().message.isEmpty());
}

void TestDatabase::scratchDatabaseIsNewAndSelfContained()
{
    // An export's collection: never written over an existing file, and once closed it is one file
    // that another SQLite opens without a journal or WAL beside it.
    QTemporaryDir dir;
    const QString existing = makeRealDatabase(dir);
    const QByteArray before = sha1(existing);
    QVERIFY(!Database::createScratch(existing).ok());
    QCOMPARE(sha1(existing), before);

    const QString path = dir.filePath(QStringLiteral("scratch.anki21"));
    {
        auto db = Database::createScratch(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY((*db)->exec(QStringLiteral("BEGIN; CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (42); COMMIT;")).ok());
        Result<Statement> mode = (*db)->prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.ok() && *mode->step());
        QCOMPARE(mode->text(0), QStringLiteral("off"));
    }
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("scratch*")}, QDir::Files), QStringList{QStringLiteral("scratch.anki21")});
    auto reread = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(reread.ok());
    QCOMPARE(*(*reread)->queryInt(QStringLiteral("SELECT a FROM t")), qint64(42));
}

void TestDatabase::foreignIsReadOnlyAndLeavesNoFiles()
{
    QTemporaryDir dir;
    const QString path = makeRealDatabase(dir);   // a WAL-mode file, as Anki's latest packages hold
    const QByteArray before = sha1(path);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList{QStringLiteral("real.sqlite")});
    {
        auto db = Database::openForeign(path, {});
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QVERIFY((*db)->isReadOnly());
        QCOMPARE(*(*db)->queryInt(QStringLiteral("SELECT count(*) FROM t")), qint64(1));
        QCOMPARE(*(*db)->queryInt(QStringLiteral("PRAGMA temp_store")), qint64(2));   // MEMORY
        QCOMPARE(*(*db)->queryInt(QStringLiteral("PRAGMA trusted_schema")), qint64(0));
        QVERIFY(!(*db)->exec(QStringLiteral("INSERT INTO t VALUES (2, 'y')")));
        QVERIFY(!(*db)->exec(QStringLiteral("ATTACH ':memory:' AS other")));
        // While open, too: immutable means no -wal/-shm and no locks beside the file.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), files);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), files);
    QCOMPARE(sha1(path), before);
}

void TestDatabase::foreignRefusesSqlObjects_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("refused");
    QTest::newRow("plain table") << QString() << false;
    QTest::newRow("view") << QStringLiteral("DROP TABLE t; CREATE TABLE u (a, b); CREATE VIEW t AS SELECT * FROM u") << true;
    QTest::newRow("virtual table") << QStringLiteral("DROP TABLE t; CREATE VIRTUAL TABLE t USING fts4(a, b)") << true;
    QTest::newRow("virtual generated column") << QStringLiteral("ALTER TABLE t ADD COLUMN g AS (a * 2) VIRTUAL") << true;
    QTest::newRow("trigger") << QStringLiteral("CREATE TABLE log (x); CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES (1); END")
                             << true;
}

void TestDatabase::foreignRefusesSqlObjects()
{
    QFETCH(QString, sql);
    QFETCH(bool, refused);
    QTemporaryDir dir;
    const QString path = makeRealDatabase(dir);
    if (!sql.isEmpty()) {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY(db);
        auto ok = (*db)->exec(sql);
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
    }
    auto db = Database::openForeign(path, {});
    QVERIFY(db);
    Result<bool> has = (*db)->hasPlainTable(QStringLiteral("t"));
    if (refused) {
        QVERIFY(!has);
        QCOMPARE(has.error().kind, Error::Kind::Unsafe);
        QVERIFY2(has.error().message.contains(QLatin1String("real.sqlite")), qPrintable(has.error().message));
    } else {
        QVERIFY(has && *has);
    }
    QVERIFY(*(*db)->hasPlainTable(QStringLiteral("missing")) == false);
}

void TestDatabase::foreignDeadlineStopsEndlessQuery()
{
    QTemporaryDir dir;
    Database::ForeignLimits limits;
    limits.deadlineMs = 200;
    auto db = Database::openForeign(makeRealDatabase(dir), limits);
    QVERIFY(db);
    // Without the progress handler this never returns.
    Result<qint64> r = (*db)->queryInt(QStringLiteral(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Unsafe);
    QVERIFY2(r.error().message.contains(QLatin1String("real.sqlite")), qPrintable(r.error().message));
    QCOMPARE((*db)->stopReason()->kind, Error::Kind::Unsafe);
}

void TestDatabase::foreignCancelStopsQuery()
{
    QTemporaryDir dir;
    Database::ForeignLimits limits;
    int asked = 0;
    limits.cancelled = [&asked]() { return ++asked >= 2; };   // the user presses Cancel
    auto db = Database::openForeign(makeRealDatabase(dir), limits);
    QVERIFY(db);
    Result<qint64> r = (*db)->queryInt(QStringLiteral(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    QCOMPARE(asked, 2);
}

void TestDatabase::foreignHeapBudgetStopsQuery()
{
    QTemporaryDir dir;
    Database::ForeignLimits limits;
    limits.heapBytes = 8 * 1024 * 1024;
    auto db = Database::openForeign(makeRealDatabase(dir), limits);
    QVERIFY(db);
    // Sorting distinct 1 KiB strings keeps all of them in memory (temp_store=MEMORY).
    Result<qint64> r = (*db)->queryInt(QStringLiteral(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000000) "
        "SELECT count(*) FROM (SELECT DISTINCT printf('%d%.1000c', x, '*') FROM c)"));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Unsafe);
    QVERIFY2(r.error().message.contains(QLatin1String("memory")), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
