// Card audio: AudioPlayer's queue on real files, and the review screen playing each side's
// [sound:] files as Anki does. The test machine may have no sound device (or no Qt Multimedia
// backend), so the checks are on what the player was asked to play, never on what was heard.
#include "audioplayer.h"
#include "mainwindow.h"
#include "reviewwidget.h"

#include "import/ankipackageimporter.h"
#include "model/stocknotetypes.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtEndian>
#include <QtTest>

using namespace debrief;

namespace {

// 50 ms of a 440 Hz tone: 8 kHz, 16-bit mono PCM behind a 44-byte RIFF/WAVE header.
QByteArray shortWav()
{
    const int rate = 8000, samples = rate / 20;
    QByteArray pcm;
    for (int i = 0; i < samples; ++i) {
        const qint16 v = qint16(8000 * ((i * 440 * 2 / rate) % 2 ? 1 : -1));
        char le[2];
        qToLittleEndian(v, le);
        pcm.append(le, 2);
    }
    auto u32 = [](quint32 v) { char b[4]; qToLittleEndian(v, b); return QByteArray(b, 4); };
    auto u16 = [](quint16 v) { char b[2]; qToLittleEndian(v, b); return QByteArray(b, 2); };
    QByteArray wav;
    wav += "RIFF" + u32(quint32(36 + pcm.size())) + "WAVE";
    wav += "fmt " + u32(16) + u16(1) + u16(1) + u32(rate) + u32(rate * 2) + u16(2) + u16(16);
    wav += "data" + u32(quint32(pcm.size())) + pcm;
    return wav;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList pathsOf(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).toString();
    return out;
}

} // namespace

class TestAudioPlayer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

    // Deck "Listening": a note with a sound on each side, then one whose sounds cannot play (a
    // missing file on the front, a path on the back).
    std::unique_ptr<Collection> makeCollection(const QString &name)
    {
        auto col = Collection::open(m_tmp.filePath(name + QStringLiteral("/collection.sqlite")));
        if (!col)
            qFatal("%s", qPrintable(col.error().message));
        QDir().mkpath((*col)->mediaDir());
        const QDir media((*col)->mediaDir());
        if (!writeFile(media.filePath(QStringLiteral("a.wav")), shortWav())
            || !writeFile(media.filePath(QStringLiteral("b.wav")), shortWav())
            || !writeFile(m_tmp.filePath(name + QStringLiteral("/outside.wav")), shortWav()))
            qFatal("cannot write the test sounds");
        auto deck = (*col)->ensureDeck(QStringLiteral("Listening"));
        auto type = (*col)->addNotetype(StockNotetypes::basic());
        const QList<QStringList> fields{
            {QStringLiteral("Hear this [sound:a.wav]"), QStringLiteral("Then this [sound:b.wav]")},
            {QStringLiteral("Gone [sound:missing.wav]"), QStringLiteral("Escaping [sound:../outside.wav]")}};
        for (int i = 0; i < fields.size(); ++i) {
            Note n;
            n.notetypeId = type->id;
            n.fields = fields[i];
            auto note = (*col)->addNote(n);
            Card c;
            c.noteId = note->id;
            c.deckId = deck->id;
            c.state = NewState{i + 1};
            if (!(*col)->addCard(c))
                qFatal("addCard failed");   // a helper returning the collection cannot QVERIFY
        }
        return std::move(*col);
    }

    static void studyListening(MainWindow &w)
    {
        const auto items = w.deckTree()->findItems(QStringLiteral("Listening"), Qt::MatchExactly | Qt::MatchRecursive, 0);
        QVERIFY(!items.isEmpty());
        w.deckTree()->setCurrentItem(items.first());
        w.studySelected();
    }

private slots:
    void playsAQueueSkippingWhatCannotLoad()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.wav"));
        const QString garbage = dir.filePath(QStringLiteral("garbage.wav"));
        const QString missing = dir.filePath(QStringLiteral("missing.wav"));
        QVERIFY(writeFile(good, shortWav()));
        QVERIFY(writeFile(garbage, "abc\n"));

        AudioPlayer player;
        QSignalSpy started(&player, &AudioPlayer::started);
        QSignalSpy finished(&player, &AudioPlayer::finished);
        QVERIFY(!player.isPlaying());
        player.play({garbage, missing, good});
        QVERIFY(player.isPlaying());
        QCOMPARE(player.queue(), (QStringList{garbage, missing, good}));
        QCOMPARE(player.currentSource(), garbage);
        // Whatever the backend: the broken files are skipped and the queue runs out (the good
        // file plays to its end, or fails too where there is no sound device or no backend).
        QTRY_COMPARE_WITH_TIMEOUT(pathsOf(started), (QStringList{garbage, missing, good}), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 10000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(player.currentSource(), QString());
        QCOMPARE(player.queue(), (QStringList{garbage, missing, good}));
    }

    void stopReplayAndEmpty()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.wav"));
        QVERIFY(writeFile(a, shortWav()));
        AudioPlayer player;
        QSignalSpy started(&player, &AudioPlayer::started);
        QSignalSpy finished(&player, &AudioPlayer::finished);
        player.play({a});
        player.stop();
        QVERIFY(!player.isPlaying());
        QCOMPARE(player.currentSource(), QString());
        QCOMPARE(player.queue(), QStringList{a});   // kept for replay()
        player.replay();
        QVERIFY(player.isPlaying());
        QCOMPARE(pathsOf(started), (QStringList{a, a}));
        player.play({});
        QVERIFY(!player.isPlaying());
        QCOMPARE(player.queue(), QStringList{});
        QCOMPARE(finished.count(), 0);
        // A stopped queue never reports finished, even if the backend reports the old file late.
        // A new queue played to its end is the barrier: anything late about the old one arrives
        // before it, so by then exactly one finished (the new queue's) may have been reported.
        const QString b = dir.filePath(QStringLiteral("b.wav"));
        QVERIFY(writeFile(b, shortWav()));
        player.play({b});
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 10000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(pathsOf(started), (QStringList{a, a, b}));
    }

    void reviewPlaysEachSideAndStops()
    {
        MainWindow w(makeCollection(QStringLiteral("review")), std::make_unique<FixedClock>(kNow));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ReviewWidget *review = w.reviewWidget();
        AudioPlayer *player = review->audioPlayer();
        QVERIFY(player);
        auto *hint = review->findChild<QLabel *>(QStringLiteral("audioHint"));
        QVERIFY(hint);
        const QDir media(w.collection().mediaDir());
        const QString a = media.filePath(QStringLiteral("a.wav"));
        const QString b = media.filePath(QStringLiteral("b.wav"));
        QSignalSpy started(player, &AudioPlayer::started);

        // The question plays its own sound.
        studyListening(w);
        QVERIFY(w.isStudying());
        QCOMPARE(player->queue(), QStringList{a});
        QCOMPARE(pathsOf(started), QStringList{a});
        QVERIFY(!hint->isHidden());
        QVERIFY2(hint->text().contains(QLatin1Char('R')), qPrintable(hint->text()));

        // R and F5 replay the question side.
        QTest::keyClick(review, Qt::Key_R);
        QCOMPARE(player->queue(), QStringList{a});
        QCOMPARE(pathsOf(started), (QStringList{a, a}));
        QTest::keyClick(review, Qt::Key_F5);
        QCOMPARE(pathsOf(started), (QStringList{a, a, a}));

        // The answer plays the back's sound, not the front's again.
        started.clear();
        QTest::keyClick(review, Qt::Key_Space);
        QVERIFY(review->answerShown());
        QCOMPARE(player->queue(), QStringList{b});
        QCOMPARE(pathsOf(started), QStringList{b});
        QVERIFY(!hint->isHidden());

        // R on the answer side replays both sides, Anki's default.
        started.clear();
        QTest::keyClick(review, Qt::Key_R);
        QCOMPARE(player->queue(), (QStringList{a, b}));
        QCOMPARE(player->currentSource(), a);
        QVERIFY(player->isPlaying());

        // The next card stops it; that card's files are missing or outside the media folder, so
        // nothing plays and no dialog comes up.
        QSignalSpy failed(review, &ReviewWidget::failed);
        QTest::keyClick(review, Qt::Key_4);
        QVERIFY(review->currentCardId().has_value());
        QVERIFY(!player->isPlaying());
        QCOMPARE(player->queue(), QStringList{});
        QVERIFY(hint->isHidden());
        QTest::keyClick(review, Qt::Key_Space);
        QCOMPARE(player->queue(), QStringList{});
        QVERIFY(hint->isHidden());
        QCOMPARE(failed.count(), 0);

        // Undo brings the first card's question back, and with it its sound.
        QTest::keyClick(review, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!review->answerShown());
        QCOMPARE(player->queue(), QStringList{a});
        QCOMPARE(player->currentSource(), a);

        // Esc leaves the review screen and stops the sound.
        QTest::keyClick(review, Qt::Key_R);
        QVERIFY(player->isPlaying());
        QTest::keyClick(review, Qt::Key_Escape);
        QVERIFY(!w.isStudying());
        QVERIFY(!player->isPlaying());
        QCOMPARE(player->currentSource(), QString());
    }

    void closingTheWindowStops()
    {
        MainWindow w(makeCollection(QStringLiteral("close")), std::make_unique<FixedClock>(kNow));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        studyListening(w);
        AudioPlayer *player = w.reviewWidget()->audioPlayer();
        QTest::keyClick(w.reviewWidget(), Qt::Key_Space);
        QVERIFY(player->isPlaying());
        w.close();
        QVERIFY(!player->isPlaying());
    }

    void importedAnkiDeckPlaysItsSound()
    {
        // media.apkg: one Basic note, Front "[sound:foo.wav]" (4 bytes, not really a WAV).
        auto col = Collection::open(m_tmp.filePath(QStringLiteral("apkg/collection.sqlite")));
        QVERIFY(col);
        ImportOptions options;
        options.scheduleAsNew = true;
        const ImportResult r = AnkiPackageImporter::importFile(**col, QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/anki/media.apkg"), options);
        QVERIFY(r.ok());
        const QString foo = QDir((*col)->mediaDir()).filePath(QStringLiteral("foo.wav"));
        QVERIFY(QFile::exists(foo));

        const FixedClock clock(kNow);
        ReviewWidget review(**col, clock);
        QSignalSpy started(review.audioPlayer(), &AudioPlayer::started);
        QSignalSpy failed(&review, &ReviewWidget::failed);
        QVERIFY(review.start(std::nullopt, QString()));
        QCOMPARE(review.audioPlayer()->queue(), QStringList{foo});
        QCOMPARE(pathsOf(started), QStringList{foo});
        review.showAnswer();
        QCOMPARE(review.audioPlayer()->queue(), QStringList{});   // {{FrontSide}} only
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_MAIN(TestAudioPlayer)
#include "tst_audioplayer.moc"
