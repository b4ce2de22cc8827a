#pragma once

#include "model/card.h"
#include "model/ids.h"
#include "storage/rehearsallog.h"
#include "study/drillsummary.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QShortcut;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace debrief {

class AnswerRecorder;
class AudioPlayer;
class CardRenderer;
class Clock;
class Collection;
class ReviewSession;

// Rehearsal mode ("interview drill"): each due card's question with a visible countdown; the learner
// answers aloud (recorded into the media folder when a microphone exists, see AnswerRecorder) and/or
// types (Ctrl+Enter reveals); the back shows their recording (R plays it) and text beside the strong,
// model and weak answers, and the note's rubric points as checkboxes (keys A-E toggle them). The share ticked
// proposes a rating, 1-4 confirms it; the answer goes through ReviewSession like any review, its
// rubric score and time into rehearsal_log. After `maxQuestions` or when nothing is due, a summary.
class RehearsalWidget : public QWidget {
    Q_OBJECT
public:
    RehearsalWidget(Collection &collection, const Clock &clock, QWidget *parent = nullptr);
    ~RehearsalWidget() override;

    // Starts a drill over `deck` (every deck when nullopt: the mixed drill). False when nothing is due.
    bool start(std::optional<DeckId> deck, const QString &deckName, int maxQuestions = 10);
    // Seconds per answer: the current card's deck preset's (issue 13), unless changed during the
    // drill in the spin box or by setLimitSecs(), which holds until start() begins another.
    int limitSecs() const;
    void setLimitSecs(int secs);
    bool revealed() const { return m_revealed; }
    int proposedRating() const { return m_proposed; }
    // Replaces the microphone (the widget tests hand in a fake); not owned.
    void setRecorder(AnswerRecorder *recorder);
    AudioPlayer *audioPlayer() const { return m_audio; }
    // The current answer's recording once complete (absolute path), empty when typed.
    QString recordingPath() const { return m_recordingPath; }

public slots:
    void reveal();
    void confirm(int rating);   // 1..4
    void playRecording();       // R on the back

signals:
    void finished();   // the summary is showing
    void left();       // Esc
    void failed(const QString &message);

private:
    void showNext();
    void showSummary();
    void tick();
    void updateProposal();
    void stopRecording();
    void recordingFinished(const QString &absolutePath);
    bool storeScore(ReviewId review, const RehearsalScore &score);
    int presetLimitSecs(DeckId deck);

    Collection &m_collection;
    const Clock &m_clock;
    std::unique_ptr<ReviewSession> m_session;
    std::unique_ptr<CardRenderer> m_renderer;
    std::optional<Card> m_card;
    QString m_questionText;
    QString m_topic;
    QStringList m_points;
    std::vector<DrillAnswer> m_answered;
    int m_maxQuestions = 10;
    bool m_revealed = false;
    int m_proposed = 0;
    int m_durationMs = 0;
    std::optional<int> m_limitOverride;   // the learner's time for the rest of this drill
    QElapsedTimer m_elapsed;

    QLabel *m_title = nullptr;
    QLabel *m_countdown = nullptr;
    QProgressBar *m_timeBar = nullptr;
    QSpinBox *m_limit = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTextBrowser *m_question = nullptr;
    QLabel *m_micHint = nullptr;
    QPlainTextEdit *m_typed = nullptr;
    QPushButton *m_revealButton = nullptr;
    QPlainTextEdit *m_yours = nullptr;
    QTextBrowser *m_answers = nullptr;
    QWidget *m_rubricBox = nullptr;
    QVBoxLayout *m_rubricLayout = nullptr;
    std::vector<QCheckBox *> m_checks;
    QLabel *m_proposal = nullptr;
    std::vector<QPushButton *> m_rateButtons;
    std::vector<QShortcut *> m_backKeys;   // enabled only on the back, so typing never triggers them
    QTextBrowser *m_summary = nullptr;
    QTimer *m_ticker = nullptr;
    QPushButton *m_playRecording = nullptr;
    AudioPlayer *m_audio = nullptr;
    AnswerRecorder *m_recorder = nullptr;
    bool m_recording = false;   // started for the current question
    bool m_stopping = false;    // stop() asked, file not complete yet
    QString m_recordingPath;
    // Confirmed before the file was complete: the score to store again with the file's name.
    std::optional<std::pair<ReviewId, RehearsalScore>> m_awaitingFile;
};

} // namespace debrief
