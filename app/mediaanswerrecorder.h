#pragma once

#include "answerrecorder.h"

#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
class QAudioInput;
class QMediaCaptureSession;
class QMediaRecorder;
#else
class QAudioRecorder;
#endif

namespace debrief {

// AnswerRecorder through Qt Multimedia: QMediaCaptureSession + QAudioInput + QMediaRecorder on
// Qt 6, QAudioRecorder on Qt 5.15 (the only Qt 5/6 #if for recording is in this class). Objects
// are made on the first start(), so a machine without a microphone never builds a capture pipeline.
class MediaAnswerRecorder : public AnswerRecorder {
    Q_OBJECT
public:
    explicit MediaAnswerRecorder(QObject *parent = nullptr);
    ~MediaAnswerRecorder() override;

    bool hasInput() const override;
    void start(const QString &pathWithoutSuffix) override;
    void stop() override;

private:
    bool m_stopping = false;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QMediaCaptureSession *m_session = nullptr;
    QAudioInput *m_input = nullptr;
    QMediaRecorder *m_recorder = nullptr;
#else
    QAudioRecorder *m_recorder = nullptr;
#endif
};

} // namespace debrief
