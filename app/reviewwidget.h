#pragma once

#include "model/card.h"

#include <QElapsedTimer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace debrief {

class AudioPlayer;
class CardRenderer;
class CardView;
class Clock;
class Collection;
class ReviewSession;

// The review screen: question, Show Answer (Space/Enter), then Again/Hard/Good/Easy (1-4) with
// each button's next interval. Every answer is committed before the next card appears; Ctrl+Z
// takes the last one back. E edits the card's note. Esc returns to the deck list. Each side plays its [sound:] files on
// showing (the answer without the question's), R or F5 replays them; leaving stops them.
class ReviewWidget : public QWidget {
    Q_OBJECT
public:
    ReviewWidget(Collection &collection, const Clock &clock, QWidget *parent = nullptr);
    ~ReviewWidget() override;

    // Starts studying `deck` (all decks when nullopt). Returns false when nothing is due.
    bool start(std::optional<DeckId> deck, const QString &deckName);
    std::optional<CardId> currentCardId() const;
    bool answerShown() const { return m_answerShown; }
    CardView *view() const { return m_view; }   // null until the first card is shown
    AudioPlayer *audioPlayer() const { return m_audio; }

public slots:
    void showAnswer();
    void answer(int rating);   // 1..4
    void undo();
    void replayAudio();
    // E: the current card's note in the Edit window; once saved, the card is drawn again on the
    // side it was on.
    void editCurrent();

signals:
    void finished();           // nothing more is due in the deck
    void left();               // the user went back to the decks (Esc)
    void answered();           // counts changed
    void failed(const QString &message);

protected:
    bool event(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void ensureView();
    void playSounds(const QStringList &names);
    void showNext();
    void showQuestion();
    void setButtons();

    Collection &m_collection;
    const Clock &m_clock;
    std::unique_ptr<ReviewSession> m_session;
    std::unique_ptr<CardRenderer> m_renderer;
    std::optional<Card> m_card;
    QString m_question;
    QString m_answer;
    QString m_css;
    bool m_answerShown = false;
    QElapsedTimer m_timer;
    QTimer *m_idleCheckpoint = nullptr;   // folds the WAL into the file once answering pauses

    QLabel *m_title = nullptr;
    QLabel *m_audioHint = nullptr;   // "R: replay audio", shown while the side has sounds
    AudioPlayer *m_audio = nullptr;
    CardView *m_view = nullptr;
    QStackedWidget *m_bottom = nullptr;
    QPushButton *m_showAnswer = nullptr;
    std::array<QPushButton *, 4> m_buttons {};
};

} // namespace debrief
