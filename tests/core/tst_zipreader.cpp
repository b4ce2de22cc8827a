// ZipReader limits, ZstdDecoder streaming and ProtoReader bounds: the three readers every Anki
// package passes through before SQLite sees anything.
#include "import/protoreader.h"
#include "import/zipreader.h"
#include "import/zstddecoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>
#include <zstd.h>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::Error::Kind)

namespace {

void writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &members)
{
    int err = 0;
    zip *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    QVERIFY(z);
    for (const auto &m : members) {
        zip_source_t *src = zip_source_buffer(z, m.second.constData(), zip_uint64_t(m.second.size()), 0);
        QVERIFY(zip_file_add(z, m.first.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) >= 0);
    }
    QCOMPARE(zip_close(z), 0);
}

QByteArray zstdStream(const QByteArray &in)
{
    // Streaming encoder, like Anki's: the frame carries no content size.
    ZSTD_CCtx *c = ZSTD_createCCtx();
    QByteArray out(int(ZSTD_compressBound(size_t(in.size())) + 64), Qt::Uninitialized);
    ZSTD_inBuffer ib{in.constData(), size_t(in.size()), 0};
    ZSTD_outBuffer ob{out.data(), size_t(out.size()), 0};
    ZSTD_compressStream2(c, &ob, &ib, ZSTD_e_end);
    ZSTD_freeCCtx(c);
    out.resize(int(ob.pos));
    return out;
}

} // namespace

class TestZipReader : public QObject {
    Q_OBJECT

private slots:
    void readsMembers();
    void refuses_data();
    void refuses();
    void limitWhileStreaming();
    void memberNames_data();
    void memberNames();
    void zstdRoundTrip_data();
    void zstdRoundTrip();
    void zstdBroken_data();
    void zstdBroken();
    void protoReader_data();
    void protoReader();
};

void TestZipReader::readsMembers()
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("a.zip"));
    writeZip(p, {{QStringLiteral("meta"), QByteArray("\x08\x03", 2)}, {QStringLiteral("0"), QByteArray(100000, 'q')}});
    auto z = ZipReader::open(p);
    QVERIFY(z);
    QCOMPARE(int((*z)->entries().size()), 2);
    QCOMPARE(*(*z)->indexOf(QStringLiteral("0")), 1);
    QVERIFY(!(*z)->indexOf(QStringLiteral("nope")));
    QCOMPARE(*(*z)->readAll(0, 16), QByteArray("\x08\x03", 2));
    qint64 total = 0;
    int chunks = 0;
    QVERIFY((*z)->read(1, [&](const char *, qint64 n) -> Result<void> { total += n; ++chunks; return {}; }, 1 << 20));
    QCOMPARE(total, qint64(100000));
    QVERIFY(chunks >= 1);
}

void TestZipReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("plain text") << QByteArray("hello") << Error::Kind::Corrupt;
    QTest::newRow("zip magic then garbage") << QByteArray("PK\x03\x04garbage-garbage-garbage") << Error::Kind::Corrupt;
    QFile f(QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/anki/update1.apkg"));
    f.open(QIODevice::ReadOnly);
    const QByteArray whole = f.readAll();
    QTest::newRow("truncated in the middle") << whole.left(whole.size() / 2) << Error::Kind::Corrupt;
    QTest::newRow("central directory cut off") << whole.left(whole.size() - 30) << Error::Kind::Corrupt;
}

void TestZipReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Error::Kind, kind);
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("x.zip"));
    QFile f(p);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    f.close();
    auto z = ZipReader::open(p);
    QVERIFY(!z);
    QCOMPARE(z.error().kind, kind);
}

void TestZipReader::limitWhileStreaming()
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("bomb.zip"));
    writeZip(p, {{QStringLiteral("0"), QByteArray(3 * 1024 * 1024, '\0')}});
    // Ratio check at open time.
    auto z = ZipReader::open(p);
    QVERIFY(!z);
    QCOMPARE(z.error().kind, Error::Kind::Unsafe);
    // Total-size budget at open time.
    ZipReader::Limits small;
    small.maxRatio = 1e9;
    small.maxTotalBytes = 1024 * 1024;
    auto z2 = ZipReader::open(p, small);
    QVERIFY(!z2);
    QCOMPARE(z2.error().kind, Error::Kind::Unsafe);
    // Per-read cap.
    ZipReader::Limits lax;
    lax.maxRatio = 1e9;
    auto z3 = ZipReader::open(p, lax);
    QVERIFY(z3);
    auto r = (*z3)->readAll(0, 1024);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Unsafe);
}

void TestZipReader::memberNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");
    QTest::newRow("numbered media") << "12" << true;
    QTest::newRow("collection") << "collection.anki21b" << true;
    QTest::newRow("parent traversal") << "../x" << false;
    QTest::newRow("absolute") << "/abs" << false;
    QTest::newRow("sub folder") << "a/b" << false;
    QTest::newRow("backslash") << "a\\b" << false;
    QTest::newRow("drive letter") << "C:x" << false;
    QTest::newRow("dot dot") << ".." << false;
}

void TestZipReader::memberNames()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(ZipReader::isSafeMemberName(name), safe);
}

void TestZipReader::zstdRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<int>("chunk");
    QTest::newRow("small, one chunk") << QByteArray("hello zstd") << 1000;
    QByteArray big;
    for (int i = 0; i < 400000; ++i)
        big.append(char(i * 7 % 251));
    QTest::newRow("400 KB fed byte-sized") << big << 1;
    QTest::newRow("400 KB fed in 4 KB chunks") << big << 4096;
}

void TestZipReader::zstdRoundTrip()
{
    QFETCH(QByteArray, plain);
    QFETCH(int, chunk);
    const QByteArray packed = zstdStream(plain);
    QVERIFY(ZstdDecoder::hasMagic(packed));
    QByteArray out;
    ZstdDecoder d([&](const char *p, qint64 n) -> Result<void> { out.append(p, int(n)); return {}; }, 1 << 30);
    for (int i = 0; i < packed.size(); i += chunk)
        QVERIFY(d.feed(packed.constData() + i, qMin(chunk, packed.size() - i)));
    QVERIFY(d.finish());
    QCOMPARE(out, plain);
}

void TestZipReader::zstdBroken_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<Error::Kind>("kind");
    const QByteArray packed = zstdStream(QByteArray(100000, 'a'));
    QTest::newRow("not zstd") << QByteArray("plain text") << qint64(1 << 20) << Error::Kind::Corrupt;
    QTest::newRow("truncated frame") << packed.left(packed.size() - 4) << qint64(1 << 20) << Error::Kind::Corrupt;
    QTest::newRow("empty input") << QByteArray() << qint64(1 << 20) << Error::Kind::Corrupt;
    QTest::newRow("output over the cap") << packed << qint64(1000) << Error::Kind::Unsafe;
}

void TestZipReader::zstdBroken()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, max);
    QFETCH(Error::Kind, kind);
    auto r = ZstdDecoder::decompress(input, max);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, kind);
}

void TestZipReader::protoReader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("fields");   // "field:value" for varints and strings, as read
    QTest::newRow("meta LATEST") << QByteArray("\x08\x03", 2) << true << "1:3";
    QTest::newRow("empty message") << QByteArray() << true << "";
    QTest::newRow("string and multi-byte varint") << QByteArray("\x0a\x03""abc\x10\xac\x02", 8) << true << "1:abc 2:300";
    QTest::newRow("unknown fixed32 and fixed64 skipped")
        << QByteArray("\x1d\x01\x02\x03\x04\x21\x01\x02\x03\x04\x05\x06\x07\x08\x08\x01", 16) << true << "1:1";
    QTest::newRow("truncated varint") << QByteArray("\x08", 1) << false << "";
    QTest::newRow("length past the end") << QByteArray("\x0a\x7f""ab", 4) << false << "";
    QTest::newRow("field number 0") << QByteArray("\x00\x01", 2) << false << "";
    QTest::newRow("wire type 7") << QByteArray("\x0f\x01", 2) << false << "";
    QTest::newRow("string not UTF-8") << QByteArray("\x0a\x02\xff\xfe", 4) << false << "";
    QTest::newRow("eleven-byte varint") << QByteArray("\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 12) << false << "";
}

void TestZipReader::protoReader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(QString, fields);
    ProtoReader r(bytes);
    QStringList seen;
    while (r.next()) {
        if (r.wireType() == ProtoReader::Varint)
            seen << QStringLiteral("%1:%2").arg(r.field()).arg(r.varint());
        else if (r.wireType() == ProtoReader::LengthDelimited)
            seen << QStringLiteral("%1:%2").arg(r.field()).arg(r.string());
        else
            r.skip();
    }
    QCOMPARE(!r.error(), ok);
    if (ok)
        QCOMPARE(seen.join(QLatin1Char(' ')), fields);
}

QTEST_GUILESS_MAIN(TestZipReader)
#include "tst_zipreader.moc"
