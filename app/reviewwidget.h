#pragma once

#include "model/card.h"
#include "model/note.h"
#include "storage/collection.h"
#include "study/sessioncounts.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
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
// Above the card: the deck's name and what is left today (new + learning + review, the current
// card's count underlined), and an optional timer. Anki's keys: - bury, @ suspend, Ctrl+1-4 flag,
// * mark (tag "marked"), Ctrl+Delete delete the note, Z or Ctrl+Z undo any of them, O deck options.
// Two more pages: the deck's overview before studying (counts, description, Study Now) and the
// "done for today" screen (when the next card is due, and "study more" sessions).
class ReviewWidget : public QWidget {
    Q_OBJECT
public:
    ReviewWidget(Collection &collection, const Clock &clock, QWidget *parent = nullptr);
    ~ReviewWidget() override;

    // Starts studying `deck` (all decks when nullopt). Returns false when nothing is due.
    bool start(std::optional<DeckId> deck, const QString &deckName);
    // The deck's overview: today's counts, its description and Study Now (Space or Enter).
    void showOverview(DeckId deck, const QString &deckName);
    enum class Page { Overview, Study, Done };
    Page page() const;
    // The session's remaining counts as shown, Anki's order: new, learning, review.
    DueCounts shownCounts() const { return m_shownCounts; }
    // Seconds on the current card, shown above it when the card's preset says so ("show answer
    // timer"); setTimerShown() overrides the presets for as long as this screen lives.
    void setTimerShown(bool shown);
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
    void bury();               // -: until tomorrow
    void suspend();            // @
    void toggleFlag(int flag); // Ctrl+1..4: that flag, or none if it has it already
    void toggleMark();         // *: the note's "marked" tag
    void deleteNote();         // Ctrl+Delete, after a confirmation
    // Done screen: the three "study more" sessions; false (with a message) when there is nothing.
    bool studyMoreNew(int count);
    bool reviewAhead(int days);
    bool studyForgotten();

signals:
    void finished();           // nothing more is due in the deck
    void left();               // the user went back to the decks (Esc)
    void answered();           // counts changed
    void failed(const QString &message);
    void optionsRequested(DeckId deck);   // O: the current card's deck (or the studied one)

protected:
    bool event(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void ensureView();
    void playSounds(const QStringList &names);
    void showNext();
    // `counts`: what is left, when the session has just given them with the card.
    void showQuestion(std::optional<DueCounts> counts = std::nullopt);
    void setButtons();
    void updateCounts(std::optional<DueCounts> counts = std::nullopt);   // reads them when not given
    void updateCardMarks(const Note *note = nullptr);   // the card's note, when the caller has read it
    void showDone();
    bool studyExtra(Result<std::vector<CardId>> cards);
    // The screen's one undo stack (Z / Ctrl+Z take back the last step, whatever it was): an
    // answer (through the session and the collection's undo log), a card or note change (its
    // before-image, as the browser keeps them) or a note deletion (Collection::restoreNotes, which
    // also brings back the undo records of the answers given before it).
    struct UndoStep {
        enum class Kind { Answer, Change, Delete } kind = Kind::Answer;
        std::vector<Card> cards;
        std::vector<Note> notes;
        CardId show = 0;   // the card to show again
        ReviewId review = 0;   // Answer: the answer's log id
        Collection::NoteRemoval removal = {};   // Delete
    };
    bool changeCard(const std::function<bool(Card &)> &change, bool next);
    void pushUndo(UndoStep step) { m_undo.push_back(std::move(step)); }

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

    std::optional<DeckId> m_deck;
    QString m_deckName;
    std::vector<UndoStep> m_undo;
    DueCounts m_shownCounts;
    bool m_timerShown = false;            // for the current card
    std::optional<bool> m_timerOverride;  // setTimerShown(), over the presets
    QTimer *m_timerTick = nullptr;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_overviewPage = nullptr;
    QWidget *m_studyPage = nullptr;
    QWidget *m_donePage = nullptr;
    QLabel *m_overviewTitle = nullptr;
    QLabel *m_overviewCounts = nullptr;
    QLabel *m_overviewDescription = nullptr;
    QPushButton *m_studyNow = nullptr;
    QLabel *m_doneText = nullptr;
    QLabel *m_doneNote = nullptr;
    QSpinBox *m_moreNew = nullptr;
    QSpinBox *m_aheadDays = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_timerLabel = nullptr;
    QLabel *m_marks = nullptr;   // flag colour and "marked"
    QLabel *m_title = nullptr;
    QLabel *m_audioHint = nullptr;   // "R: replay audio", shown while the side has sounds
    AudioPlayer *m_audio = nullptr;
    CardView *m_view = nullptr;
    QStackedWidget *m_bottom = nullptr;
    QPushButton *m_showAnswer = nullptr;
    std::array<QPushButton *, 4> m_buttons {};
};

} // namespace debrief
