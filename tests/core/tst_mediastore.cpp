// MediaStore: the files of the media folder. The same bytes are stored once; a name taken by other
// bytes gets the content's SHA-1 appended; a name that could leave the folder is refused.
#include "storage/mediastore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha1Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

} // namespace

class TestMediaStore : public QObject {
    Q_OBJECT

private slots:
    void storesAndCreatesTheFolder();
    void sameBytesAreStoredOnce();
    void clashGetsTheHashInItsName();
    void unsafeNamesAreRefused_data();
    void unsafeNamesAreRefused();
};

void TestMediaStore::storesAndCreatesTheFolder()
{
    QTemporaryDir dir;
    const QString media = dir.filePath(QStringLiteral("media"));
    Result<StoredMedia> stored = MediaStore(media).add(QStringLiteral("a.png"), "png bytes");
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, QStringLiteral("a.png"));
    QCOMPARE(stored->sha1Hex, sha1Hex("png bytes"));
    QCOMPARE(fileBytes(QDir(media).filePath(QStringLiteral("a.png"))), QByteArray("png bytes"));
}

void TestMediaStore::sameBytesAreStoredOnce()
{
    QTemporaryDir dir;
    const MediaStore store(dir.path());
    QVERIFY(store.add(QStringLiteral("a.mp3"), "sound").ok());
    Result<StoredMedia> again = store.add(QStringLiteral("a.mp3"), "sound");
    QVERIFY(again.ok());
    QCOMPARE(again->name, QStringLiteral("a.mp3"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.mp3")});
}

void TestMediaStore::clashGetsTheHashInItsName()
{
    QTemporaryDir dir;
    const MediaStore store(dir.path());
    QVERIFY(store.add(QStringLiteral("a.png"), "first").ok());
    Result<StoredMedia> other = store.add(QStringLiteral("a.png"), "second");
    QVERIFY(other.ok());
    const QString expected = QStringLiteral("a-%1.png").arg(sha1Hex("second"));
    QCOMPARE(other->name, expected);
    QCOMPARE(fileBytes(QDir(dir.path()).filePath(QStringLiteral("a.png"))), QByteArray("first"));
    QCOMPARE(fileBytes(QDir(dir.path()).filePath(expected)), QByteArray("second"));
    // The same second file again lands on the same hashed name, not a third file.
    QCOMPARE(store.add(QStringLiteral("a.png"), "second")->name, expected);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

void TestMediaStore::unsafeNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("climbs out") << QStringLiteral("../x.png");
    QTest::newRow("a sub-folder") << QStringLiteral("sub/x.png");
    QTest::newRow("a backslash") << QStringLiteral("sub\\x.png");
    QTest::newRow("hidden file") << QStringLiteral(".htaccess");
    QTest::newRow("longer than 255 bytes") << QString(256, QLatin1Char('a'));
}

void TestMediaStore::unsafeNamesAreRefused()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    Result<StoredMedia> stored = MediaStore(dir.path()).add(name, "x");
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().kind, Error::Kind::Unsafe);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_APPLESS_MAIN(TestMediaStore)
#include "tst_mediastore.moc"
