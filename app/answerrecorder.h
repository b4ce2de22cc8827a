#pragma once

#include <QObject>
#include <QString>

namespace debrief {

// Records a spoken answer in rehearsal mode. Abstract so the widget can be driven without a
// microphone: MediaAnswerRecorder is the Qt Multimedia one, the widget tests hand in a fake.
// One recording at a time; the widget owns where the file goes, the recorder its format.
class AnswerRecorder : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~AnswerRecorder() override;

    // True when an audio input device exists (asked before each question: a headset may come and go).
    virtual bool hasInput() const = 0;
    // Starts recording into `pathWithoutSuffix` plus the recorder's own suffix (".ogg", ".wav").
    virtual void start(const QString &pathWithoutSuffix) = 0;
    // Ends the recording; finished() follows once the file is complete, possibly later.
    virtual void stop() = 0;

signals:
    void finished(const QString &absolutePath);   // the file is complete
    void failed(const QString &message);          // nothing usable was recorded
};

} // namespace debrief
