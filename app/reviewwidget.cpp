#include "reviewwidget.h"

#include "backgroundtask.h"

#include "audioplayer.h"
#include "cardview.h"
#include "editordialog.h"
#include "intervaltext.h"
#include "render/cardrenderer.h"
#include "render/soundrefs.h"
#include "storage/collection.h"
#include "study/reviewsession.h"
#include "util/clock.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace debrief {

static bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128;
}

ReviewWidget::ReviewWidget(Collection &collection, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_collection(collection), m_clock(clock), m_renderer(std::make_unique<CardRenderer>(collection))
{
    // Two seconds without an answer: a person is reading, and a checkpoint's fsyncs go unnoticed.
    m_idleCheckpoint = new QTimer(this);
    m_idleCheckpoint->setSingleShot(true);
    m_idleCheckpoint->setInterval(2000);
    // Best effort: a checkpoint that fails leaves the WAL in place for the next one.
    // Not while a BackgroundTask (an import) holds the collection on its worker thread.
    connect(m_idleCheckpoint, &QTimer::timeout, this, [this] {
        if (!BackgroundTask::isRunning())
            (void)m_collection.checkpoint();
    });

    m_audio = new AudioPlayer(this);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    top->addWidget(m_title, 1);
    m_audioHint = new QLabel(tr("R: replay audio"), this);
    m_audioHint->setObjectName(QStringLiteral("audioHint"));
    m_audioHint->setToolTip(tr("R or F5 plays this side's sounds again"));
    m_audioHint->setEnabled(false);   // greyed, like the deck list's hint
    m_audioHint->hide();
    top->addWidget(m_audioHint);
    layout->addLayout(top);

    m_bottom = new QStackedWidget(this);
    m_showAnswer = new QPushButton(tr("Show Answer"), m_bottom);
    m_showAnswer->setObjectName(QStringLiteral("showAnswer"));
    m_showAnswer->setToolTip(tr("Space"));
    connect(m_showAnswer, &QPushButton::clicked, this, &ReviewWidget::showAnswer);
    m_bottom->addWidget(m_showAnswer);

    auto *row = new QWidget(m_bottom);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList names {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < 4; ++i) {
        m_buttons[i] = new QPushButton(names[i], row);
        m_buttons[i]->setObjectName(QStringLiteral("answer%1").arg(i + 1));
        m_buttons[i]->setToolTip(tr("Key %1").arg(i + 1));
        connect(m_buttons[i], &QPushButton::clicked, this, [this, i] { answer(i + 1); });
        rowLayout->addWidget(m_buttons[i]);
    }
    m_bottom->addWidget(row);
    layout->addWidget(m_bottom);

    // Shortcuts rather than key events: the web view takes keyboard focus, and shortcuts with
    // this context fire wherever the focus is inside the review screen.
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Undo, [this] { undo(); });
    // Anki: Space/Enter shows the answer, and on the answer side means Good.
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)})
        shortcut(keys, [this] { m_answerShown ? answer(3) : showAnswer(); });
    for (int i = 1; i <= 4; ++i)
        shortcut(QKeySequence(Qt::Key_0 + i), [this, i] { answer(i); });
    // Anki: R replays the audio (and F5, see event()).
    shortcut(QKeySequence(Qt::Key_R), [this] { replayAudio(); });
    shortcut(QKeySequence(Qt::Key_E), [this] { editCurrent(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] {
        m_audio->stop();
        emit left();
    });
    setFocusPolicy(Qt::StrongFocus);
}

ReviewWidget::~ReviewWidget() = default;

bool ReviewWidget::start(std::optional<DeckId> deck, const QString &deckName)
{
    m_session = std::make_unique<ReviewSession>(m_collection, m_clock, deck);
    m_title->setText(deckName.isEmpty() ? tr("All decks") : deckName);
    showNext();
    return m_card.has_value();
}

void ReviewWidget::ensureView()
{
    // Made on the first study, not with the window: QtWebEngine's start (a Chromium process,
    // about 250 ms and 100 MiB) would otherwise hold up the deck list at every launch.
    if (m_view)
        return;
    m_view = new CardView(this);
    m_view->setObjectName(QStringLiteral("cardView"));
    m_view->setMediaDir(m_collection.mediaDir());
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_bottom), m_view, 1);   // between the title row and the buttons
}

std::optional<CardId> ReviewWidget::currentCardId() const
{
    return m_card ? std::optional<CardId>(m_card->id) : std::nullopt;
}

bool ReviewWidget::event(QEvent *event)
{
    // F5 is also the main window's Go > Refresh, and two shortcuts on one key both stay silent.
    // While a card is shown it means Anki's replay: taken here, before the shortcut map looks.
    if (event->type() == QEvent::ShortcutOverride && m_card) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F5 && key->modifiers() == Qt::NoModifier) {
            key->accept();
            replayAudio();
            return true;
        }
    }
    return QWidget::event(event);
}

void ReviewWidget::hideEvent(QHideEvent *event)
{
    // Leaving the review screen or closing the window stops the sound; minimising does not.
    if (!event->spontaneous())
        m_audio->stop();
    QWidget::hideEvent(event);
}

void ReviewWidget::playSounds(const QStringList &names)
{
    // Missing files are skipped without a word, as Anki does.
    m_audio->play(SoundRefs::resolve(names, m_collection.mediaDir()));
}

void ReviewWidget::replayAudio()
{
    if (!m_card)
        return;
    // Anki's default ("Skip question when replaying answer" off): the answer side replays the
    // question's sounds before its own.
    if (m_answerShown)
        playSounds(SoundRefs::forAnswerReplay(m_question, m_answer));
    else
        m_audio->replay();
}

void ReviewWidget::editCurrent()
{
    if (!m_card)
        return;
    m_audio->stop();
    EditorDialog dialog(m_collection, m_clock, m_card->id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The edit may have suspended this card (its branch removed) or changed nothing about its
    // schedule; either way it is shown again from what is stored now.
    const bool answerWasShown = m_answerShown;
    if (auto card = m_collection.card(m_card->id))
        m_card = *card;
    showQuestion();
    if (answerWasShown)
        showAnswer();
}

void ReviewWidget::showNext()
{
    m_audio->stop();
    m_audioHint->hide();
    m_card.reset();
    auto next = m_session->nextCard();
    if (!next) {
        emit failed(next.error().message);
        return;
    }
    if (!next->has_value()) {
        emit finished();
        return;
    }
    m_card = **next;
    showQuestion();
}

void ReviewWidget::showQuestion()
{
    auto rendered = m_renderer->render(*m_card);
    if (!rendered) {
        m_question = m_answer = QStringLiteral("<p>%1</p>").arg(rendered.error().message.toHtmlEscaped());
        m_css.clear();
    } else {
        m_question = rendered->question;
        m_answer = rendered->answer;
        m_css = rendered->css;
    }
    m_answerShown = false;
    ensureView();   // here, where a card is first shown, whichever way the session started
    m_view->showCard(m_question, m_css, isDark(this));
    playSounds(SoundRefs::forQuestion(m_question));
    m_audioHint->setVisible(!m_audio->queue().isEmpty());
    m_bottom->setCurrentIndex(0);
    m_showAnswer->setFocus();
    m_timer.restart();
}

void ReviewWidget::showAnswer()
{
    if (!m_card || m_answerShown)
        return;
    m_answerShown = true;
    ensureView();
    m_view->showCard(m_answer, m_css, isDark(this));
    playSounds(SoundRefs::forAnswer(m_question, m_answer));
    // R on this side replays the question's sounds too, so the hint counts them.
    m_audioHint->setVisible(!SoundRefs::resolve(SoundRefs::forAnswerReplay(m_question, m_answer), m_collection.mediaDir()).isEmpty());
    setButtons();
    m_bottom->setCurrentIndex(1);
    m_buttons[2]->setFocus();
}

void ReviewWidget::setButtons()
{
    auto labels = m_session->buttonLabels(*m_card);
    const QStringList names {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < 4; ++i)
        m_buttons[i]->setText(labels ? QStringLiteral("%1\n%2").arg(names[i], IntervalText::localized((*labels)[i])) : names[i]);
}

void ReviewWidget::answer(int rating)
{
    if (!m_card || !m_answerShown || rating < 1 || rating > 4)
        return;
    // Committed before the next card is shown: a crash now loses nothing already answered.
    auto id = m_session->answer(*m_card, Rating(rating), int(qMin<qint64>(m_timer.elapsed(), 3600 * 1000)));
    if (!id) {
        emit failed(id.error().message);
        return;
    }
    emit answered();
    m_idleCheckpoint->start();
    showNext();
}

void ReviewWidget::undo()
{
    if (!m_session)
        return;
    auto card = m_session->undo();
    if (!card) {
        emit failed(card.error().message);
        return;
    }
    if (!card->has_value())
        return;
    m_card = **card;
    emit answered();
    showQuestion();
}

} // namespace debrief
