#include "mediaanswerrecorder.h"

#include <QUrl>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QAudioDevice>
#include <QAudioInput>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QMediaRecorder>
#else
#include <QAudioDeviceInfo>
#include <QAudioEncoderSettings>
#include <QAudioRecorder>
#endif

namespace debrief {

MediaAnswerRecorder::MediaAnswerRecorder(QObject *parent) : AnswerRecorder(parent) {}

MediaAnswerRecorder::~MediaAnswerRecorder() = default;

bool MediaAnswerRecorder::hasInput() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return !QMediaDevices::audioInputs().isEmpty();
#else
    return !QAudioDeviceInfo::availableDevices(QAudio::AudioInput).isEmpty();
#endif
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)

void MediaAnswerRecorder::start(const QString &pathWithoutSuffix)
{
    if (!hasInput()) {
        emit failed(tr("No microphone found."));
        return;
    }
    if (!m_recorder) {
        m_session = new QMediaCaptureSession(this);
        m_input = new QAudioInput(QMediaDevices::defaultAudioInput(), this);
        m_recorder = new QMediaRecorder(this);
        m_session->setAudioInput(m_input);
        m_session->setRecorder(m_recorder);
        connect(m_recorder, &QMediaRecorder::recorderStateChanged, this, [this](QMediaRecorder::RecorderState state) {
            if (state == QMediaRecorder::StoppedState && m_stopping) {
                m_stopping = false;
                emit finished(m_recorder->actualLocation().toLocalFile());
            }
        });
        connect(m_recorder, &QMediaRecorder::errorOccurred, this, [this](QMediaRecorder::Error, const QString &message) {
            m_stopping = false;
            emit failed(message);
        });
    }
    // Ogg/Opus keeps a minute of speech near 100 KB; without it, the backend's default format.
    QMediaFormat format(QMediaFormat::Ogg);
    const bool opus = format.supportedAudioCodecs(QMediaFormat::Encode).contains(QMediaFormat::AudioCodec::Opus);
    if (opus) {
        format.setAudioCodec(QMediaFormat::AudioCodec::Opus);
        m_recorder->setMediaFormat(format);
    } else {
        m_recorder->setMediaFormat(QMediaFormat());
    }
    m_recorder->setQuality(QMediaRecorder::NormalQuality);
    m_recorder->setOutputLocation(QUrl::fromLocalFile(pathWithoutSuffix + (opus ? QStringLiteral(".ogg") : QString())));
    m_stopping = false;
    m_recorder->record();
}

void MediaAnswerRecorder::stop()
{
    if (!m_recorder || m_recorder->recorderState() == QMediaRecorder::StoppedState)
        return;
    m_stopping = true;
    m_recorder->stop();
}

#else

void MediaAnswerRecorder::start(const QString &pathWithoutSuffix)
{
    if (!hasInput()) {
        emit failed(tr("No microphone found."));
        return;
    }
    if (!m_recorder) {
        m_recorder = new QAudioRecorder(this);
        connect(m_recorder, &QMediaRecorder::stateChanged, this, [this](QMediaRecorder::State state) {
            if (state == QMediaRecorder::StoppedState && m_stopping) {
                m_stopping = false;
                emit finished(m_recorder->actualLocation().toLocalFile());
            }
        });
        connect(m_recorder, QOverload<QMediaRecorder::Error>::of(&QMediaRecorder::error), this, [this] {
            m_stopping = false;
            emit failed(m_recorder->errorString());
        });
    }
    // Ogg/Vorbis when GStreamer offers it (small files); otherwise the backend's default.
    QString suffix;
    if (m_recorder->supportedContainers().contains(QStringLiteral("audio/ogg"))) {
        QAudioEncoderSettings settings;
        settings.setCodec(QStringLiteral("audio/x-vorbis"));
        settings.setQuality(QMultimedia::NormalQuality);
        m_recorder->setEncodingSettings(settings, QVideoEncoderSettings(), QStringLiteral("audio/ogg"));
        suffix = QStringLiteral(".ogg");
    }
    m_recorder->setOutputLocation(QUrl::fromLocalFile(pathWithoutSuffix + suffix));
    m_stopping = false;
    m_recorder->record();
}

void MediaAnswerRecorder::stop()
{
    if (!m_recorder || m_recorder->state() == QMediaRecorder::StoppedState)
        return;
    m_stopping = true;
    m_recorder->stop();
}

#endif

} // namespace debrief
