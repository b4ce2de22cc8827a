#include "audioplayer.h"

#include <QMediaPlayer>
#include <QUrl>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#endif

namespace debrief {

AudioPlayer::AudioPlayer(QObject *parent) : QObject(parent) {}

AudioPlayer::~AudioPlayer() = default;

bool AudioPlayer::ensurePlayer()
{
    if (m_player)
        return true;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    // Qt 6.4's backends crash where there is no sound device (FFmpeg writes to a null sink;
    // GStreamer without gst-plugins-base uses elements it could not create, and then lists no
    // device either), so no player is made until a device exists.
    if (QMediaDevices::audioOutputs().isEmpty())
        return false;
    m_player = new QMediaPlayer(this);
    auto *output = new QAudioOutput(m_player);
    m_player->setAudioOutput(output);
    // QAudioOutput keeps the device it was made with; follow the system's default, as Anki does.
    auto *devices = new QMediaDevices(m_player);
    connect(devices, &QMediaDevices::audioOutputsChanged, output, [output] { output->setDevice(QMediaDevices::defaultAudioOutput()); });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this] { advanceLater(); });
#else
    // Qt 5 reports a missing backend as an error (ServiceMissingError), which skips the file.
    m_player = new QMediaPlayer(this);
    connect(m_player, QOverload<QMediaPlayer::Error>::of(&QMediaPlayer::error), this, [this] { advanceLater(); });
#endif
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia || status == QMediaPlayer::InvalidMedia)
            advanceLater();
    });
    return true;
}

void AudioPlayer::play(const QStringList &absolutePaths)
{
    stop();
    m_queue = absolutePaths;
    if (!m_queue.isEmpty())
        playAt(0);
}

void AudioPlayer::stop()
{
    ++m_generation;
    const bool wasPlaying = m_index >= 0;
    m_index = -1;
    if (!wasPlaying || !m_player)
        return;
    m_player->stop();
    // Let go of the file, so that it can be deleted or replaced while the card is shown.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    m_player->setSource(QUrl());
#else
    m_player->setMedia(QMediaContent());
#endif
}

void AudioPlayer::replay()
{
    play(m_queue);
}

QString AudioPlayer::currentSource() const
{
    return m_index >= 0 ? m_queue.value(m_index) : QString();
}

void AudioPlayer::playAt(int index)
{
    ++m_generation;
    m_index = index;
    const QString path = m_queue.at(index);
    if (!ensurePlayer()) {
        emit started(path);
        advanceLater();
        return;
    }
    const QUrl url = QUrl::fromLocalFile(path);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    m_player->setSource(url);
#else
    m_player->setMedia(url);
#endif
    m_player->play();
    emit started(path);
}

// Backends report the end, or a failure (often twice: an error and InvalidMedia), from inside
// their own callbacks; the next file is started from the event loop, once per file.
void AudioPlayer::advanceLater()
{
    if (m_index < 0)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation != m_generation || m_index < 0)
                return;
            if (m_index + 1 < m_queue.size()) {
                playAt(m_index + 1);
                return;
            }
            stop();
            emit finished();
        },
        Qt::QueuedConnection);
}

} // namespace debrief
