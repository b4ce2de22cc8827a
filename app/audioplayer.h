#pragma once

#include <QObject>
#include <QStringList>

class QMediaPlayer;

namespace debrief {

// Plays card sounds one after another through Qt Multimedia, as Anki's review screen does. Thin
// on purpose: which files to play is SoundRefs' choice; this queues them, moves on at the end of
// each and skips one that fails to load. The only Qt 5/Qt 6 #if is in audioplayer.cpp.
class AudioPlayer : public QObject {
    Q_OBJECT
public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    // Replaces the queue with `absolutePaths` and starts at the first; an empty list just stops.
    void play(const QStringList &absolutePaths);
    void stop();
    // Plays the last queue again from its start.
    void replay();

    QStringList queue() const { return m_queue; }
    // The file handed to the backend, empty when stopped.
    QString currentSource() const;
    // True while a queue is in progress. Says what the player was asked to do, not whether a sound
    // device is playing it (there may be none: then each file is skipped as if it failed to load).
    bool isPlaying() const { return m_index >= 0; }

signals:
    void started(const QString &path);   // a file of the queue is up (handed to the backend, if any)
    void finished();                     // the queue ran out (not emitted by stop())

private:
    bool ensurePlayer();
    void playAt(int index);
    void advanceLater();

    QMediaPlayer *m_player = nullptr;   // made on the first file, once there is a sound device
    QStringList m_queue;
    int m_index = -1;
    // Bumped per file: an end or error reported late for an earlier file must not skip this one.
    quint64 m_generation = 0;
};

} // namespace debrief
