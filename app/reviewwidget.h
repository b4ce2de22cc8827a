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

class CardRenderer;
class CardView;
class Clock;
class Collection;
class ReviewSession;

// The review screen: question, Show Answer (Space/Enter), then Again/Hard/Good/Easy (1-4) with
// each button's next interval. Every answer is committed before the next card appears; Ctrl+Z
// takes the last one back. Esc returns to the deck list.
class ReviewWidget : public QWidget {
    Q_OBJECT
public:
    ReviewWidget(Collection &collection, const Clock &clock, QWidget *parent = nullptr);
    ~ReviewWidget() override;

    // Starts studying `deck` (all decks when nullopt). Returns false when nothing is due.
    bool start(std::optional<DeckId> deck, const QString &deckName);
    std::optional<CardId> currentCardId() const;
    bool answerShown() const { return m_answerShown; }
    CardView *view() const { return m_view; }

public slots:
    void showAnswer();
    void answer(int rating);   // 1..4
    void undo();

signals:
    void finished();           // nothing more is due in the deck
    void left();               // the user went back to the decks (Esc)
    void answered();           // counts changed
    void failed(const QString &message);

private:
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
    CardView *m_view = nullptr;
    QStackedWidget *m_bottom = nullptr;
    QPushButton *m_showAnswer = nullptr;
    std::array<QPushButton *, 4> m_buttons {};
};

} // namespace debrief
