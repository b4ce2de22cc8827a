#include "storage/collection.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

// Forward-only schema migrations: every old version upgrades with its data intact, a newer
// version is refused without touching the file, and a failing step leaves the previous version.
class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void stepsAreNumberedWithoutGaps();
    void eachStepBumpsUserVersion();
    void upgradeFromEveryVersion_data();
    void upgradeFromEveryVersion();
    void newerVersionIsRefusedUntouched_data();
    void newerVersionIsRefusedUntouched();
    void failedStepRollsBack();
    void foreignSqliteFileIsRefused();

private:
    static QByteArray sha1(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
    }
};

void TestMigrations::stepsAreNumberedWithoutGaps()
{
    QVERIFY(Migrator::latestVersion() >= 3);
    for (int v = 1; v <= Migrator::latestVersion(); ++v) {
        Result<QString> sql = Migrator::script(v);
        QVERIFY2(sql.ok(), qPrintable(QString::number(v)));
        QVERIFY(!sql->trimmed().isEmpty());
    }
    QCOMPARE(Migrator::script(Migrator::latestVersion() + 1).error().kind, Error::Kind::NotFound);
}

void TestMigrations::eachStepBumpsUserVersion()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("steps.sqlite")), Database::Mode::ReadWriteCreate);
    QVERIFY(db.ok());
    for (int v = 1; v <= Migrator::latestVersion(); ++v) {
        QVERIFY(Migrator::migrate(**db, v).ok());
        QCOMPARE((*db)->userVersion(), v);
    }
}

void TestMigrations::upgradeFromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    QTest::newRow("from an empty file (version 0)") << 0;
    for (int v = 1; v < Migrator::latestVersion(); ++v)
        QTest::newRow(qPrintable(QStringLiteral("from version %1 with a note, card and review").arg(v))) << v;
}

void TestMigrations::upgradeFromEveryVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto db = Database::open(path, Database::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        QVERIFY(Migrator::migrate(**db, from).ok());
        QCOMPARE((*db)->userVersion(), from);
        if (from >= 1) {
            // Columns as of version 1; later steps must keep them.
            Result<void> r = (*db)->exec(QStringLiteral(
                "INSERT INTO notetypes (id, name, kind, fields) VALUES (10, 'Basic', 0, 'Front\x1f" "Back');"
                "INSERT INTO templates (notetype_id, ord, name, qfmt, afmt) VALUES (10, 0, 'Card 1', '{{Front}}', '{{Back}}');"
                "INSERT INTO notes (id, guid, notetype_id, fields, tags) VALUES (20, 'g-old', 10, 'q\x1f" "a', ' t1 ');"
                "INSERT INTO cards (id, note_id, deck_id, ord, type, queue, due, interval_days, ease_permille, lapses)"
                "  VALUES (30, 20, 1, 0, 2, 0, 20000, 12, 2300, 1);"
                "INSERT INTO revlog VALUES (1700000000000, 30, 3, 12, 5, 2300, 4000, 1);"));
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        }
    }
    auto c = Collection::open(path);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE((*c)->schemaVersion(), Migrator::latestVersion());
    // Built-in rows exist whatever the starting point.
    QCOMPARE((*c)->deck(1)->name, QStringLiteral("Default"));
    QVERIFY((*c)->preset(1).ok());
    // The last step's indexes exist.
    QCOMPARE(*(*c)->database().queryInt(QStringLiteral(
                 "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('cards_queue', 'revlog_card')")),
             qint64(2));
    if (from >= 1) {
        Result<Note> note = (*c)->note(20);
        QVERIFY(note.ok());
        QCOMPARE(note->guid, QStringLiteral("g-old"));
        QCOMPARE(note->fields, (QStringList{QStringLiteral("q"), QStringLiteral("a")}));
        QCOMPARE(note->tags, QStringList{QStringLiteral("t1")});
        Result<Card> card = (*c)->card(30);
        QVERIFY(card.ok());
        const auto *review = std::get_if<ReviewState>(&card->state);
        QVERIFY(review);
        QCOMPARE(review->intervalDays, 12);
        QCOMPARE(review->dueDay, qint64(20000));
        QCOMPARE(*(*c)->count(QStringLiteral("revlog")), qint64(1));
        QCOMPARE((*c)->notetype(10)->templates.size(), size_t(1));
    }
    Result<std::vector<CheckProblem>> problems = (*c)->check();
    QVERIFY(problems.ok());
    QVERIFY(problems->empty());
    // Re-opening an up-to-date file applies nothing.
    c->reset();
    auto again = Collection::open(path);
    QVERIFY(again.ok());
    QCOMPARE((*again)->schemaVersion(), Migrator::latestVersion());
}

void TestMigrations::newerVersionIsRefusedUntouched_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("open for writing") << false;
    QTest::newRow("open read-only")   << true;
}

void TestMigrations::newerVersionIsRefusedUntouched()
{
    QFETCH(bool, readOnly);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto c = Collection::open(path);
        QVERIFY(c.ok());
        QVERIFY((*c)->database().setUserVersion(Migrator::latestVersion() + 1).ok());
    }
    // Closing the last connection checkpoints and removes the WAL, so the main file is complete.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = sha1(path);
    auto c = readOnly ? Collection::openReadOnly(path) : Collection::open(path);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, Error::Kind::TooNew);
    QVERIFY(c.error().message.contains(QString::number(Migrator::latestVersion() + 1)));
    QCOMPARE(sha1(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));   // released on refusal
}

void TestMigrations::failedStepRollsBack()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fail.sqlite")), Database::Mode::ReadWriteCreate);
    QVERIFY(db.ok());
    QVERIFY(Migrator::migrate(**db, 1).ok());
    Result<void> r = Migrator::applyStep(**db, 2, QStringLiteral("CREATE TABLE half_done (a); SELEC broken;"));
    QVERIFY(!r.ok());
    QCOMPARE((*db)->userVersion(), 1);
    QCOMPARE(*(*db)->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")), qint64(0));
    QVERIFY(!(*db)->inTransaction());
    // The real step still applies afterwards.
    QVERIFY(Migrator::migrate(**db).ok());
    QCOMPARE((*db)->userVersion(), Migrator::latestVersion());
}

void TestMigrations::foreignSqliteFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = Database::open(path, Database::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode=DELETE; CREATE TABLE moz_places (id INTEGER);")).ok());
    }
    const QByteArray before = sha1(path);
    auto c = Collection::open(path);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, Error::Kind::Corrupt);
    QCOMPARE(sha1(path), before);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
