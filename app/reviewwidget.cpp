#include "reviewwidget.h"

#include "backgroundtask.h"

#include "audioplayer.h"
#include "cardview.h"
#include "editordialog.h"
#include "intervaltext.h"
#include "studyheader.h"
#include "render/cardrenderer.h"
#include "render/soundrefs.h"
#include "storage/collection.h"
#include "study/reviewsession.h"
#include "scheduling/studyday.h"
#include "util/clock.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
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

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);
    m_studyPage = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(m_studyPage);
    auto *top = new StudyHeader(1.25, m_studyPage);
    m_title = top->title();
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_marks = new QLabel(top);
    m_marks->setObjectName(QStringLiteral("reviewMarks"));
    top->addWidget(m_marks);
    m_timerLabel = new QLabel(top);
    m_timerLabel->setObjectName(QStringLiteral("reviewTimer"));
    m_timerLabel->setToolTip(tr("Time on this card"));
    m_timerLabel->hide();
    top->addWidget(m_timerLabel);
    m_counts = top->figure();
    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setToolTip(tr("Left today: new + learning + to review (the current card's count is underlined)"));
    m_audioHint = new QLabel(tr("R: replay audio"), top);
    m_audioHint->setObjectName(QStringLiteral("audioHint"));
    m_audioHint->setToolTip(tr("R or F5 plays this side's sounds again"));
    m_audioHint->setEnabled(false);   // greyed, like the deck list's hint
    m_audioHint->hide();
    top->addWidget(m_audioHint, true);
    layout->addWidget(top);

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
    m_pages->addWidget(m_studyPage);

    // The deck's overview, before studying.
    m_overviewPage = new QWidget(m_pages);
    auto *ol = new QVBoxLayout(m_overviewPage);
    ol->setSpacing(16);
    ol->addStretch(1);
    m_overviewTitle = new QLabel(m_overviewPage);
    m_overviewTitle->setObjectName(QStringLiteral("overviewTitle"));
    m_overviewTitle->setTextFormat(Qt::PlainText);
    m_overviewTitle->setAlignment(Qt::AlignCenter);
    QFont big = m_overviewTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_overviewTitle->setFont(big);
    ol->addWidget(m_overviewTitle);
    m_overviewCounts = new QLabel(m_overviewPage);
    m_overviewCounts->setObjectName(QStringLiteral("overviewCounts"));
    m_overviewCounts->setAlignment(Qt::AlignCenter);
    QFont mid = m_overviewCounts->font();
    mid.setPointSizeF(mid.pointSizeF() * 1.3);
    m_overviewCounts->setFont(mid);
    ol->addWidget(m_overviewCounts);
    // Plain text: a description imported from someone else's deck must not bring in markup.
    m_overviewDescription = new QLabel(m_overviewPage);
    m_overviewDescription->setObjectName(QStringLiteral("overviewDescription"));
    m_overviewDescription->setTextFormat(Qt::PlainText);
    m_overviewDescription->setWordWrap(true);
    m_overviewDescription->setAlignment(Qt::AlignCenter);
    QFont reading = m_overviewDescription->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.15);
    m_overviewDescription->setFont(reading);
    // Full width: a word-wrapped label placed with an alignment gets too little height and clips.
    m_overviewDescription->setContentsMargins(80, 0, 80, 0);
    ol->addWidget(m_overviewDescription);
    m_studyNow = new QPushButton(tr("Study Now"), m_overviewPage);
    m_studyNow->setObjectName(QStringLiteral("studyNow"));
    m_studyNow->setToolTip(tr("Space or Enter"));
    m_studyNow->setMinimumSize(180, 40);
    m_studyNow->setFont(mid);
    connect(m_studyNow, &QPushButton::clicked, this, [this] { start(m_deck, m_deckName); });
    ol->addWidget(m_studyNow, 0, Qt::AlignHCenter);
    ol->addStretch(2);
    m_pages->addWidget(m_overviewPage);

    // Done for today: when the next card is due, and "study more".
    m_donePage = new QWidget(m_pages);
    auto *dl = new QVBoxLayout(m_donePage);
    dl->setSpacing(16);
    dl->addStretch(1);
    m_doneText = new QLabel(m_donePage);
    m_doneText->setObjectName(QStringLiteral("doneText"));
    m_doneText->setTextFormat(Qt::PlainText);
    m_doneText->setWordWrap(true);
    m_doneText->setAlignment(Qt::AlignCenter);
    m_doneText->setFont(mid);
    dl->addWidget(m_doneText);
    auto *more = new QHBoxLayout;
    more->addStretch(1);
    m_moreNew = new QSpinBox(m_donePage);
    m_moreNew->setObjectName(QStringLiteral("moreNewCount"));
    m_moreNew->setRange(1, 9999);
    m_moreNew->setValue(10);
    m_moreNew->setAccessibleName(tr("Extra new cards"));
    more->addWidget(m_moreNew);
    auto *moreNew = new QPushButton(tr("More &New Cards"), m_donePage);
    moreNew->setObjectName(QStringLiteral("studyMoreNew"));
    moreNew->setToolTip(tr("Study this many new cards beyond today's limit"));
    connect(moreNew, &QPushButton::clicked, this, [this] { studyMoreNew(m_moreNew->value()); });
    more->addWidget(moreNew);
    m_aheadDays = new QSpinBox(m_donePage);
    m_aheadDays->setObjectName(QStringLiteral("aheadDays"));
    m_aheadDays->setRange(1, 365);
    m_aheadDays->setValue(1);
    m_aheadDays->setSuffix(tr(" d"));
    m_aheadDays->setAccessibleName(tr("Days to review ahead"));
    more->addWidget(m_aheadDays);
    auto *ahead = new QPushButton(tr("Review &Ahead"), m_donePage);
    ahead->setObjectName(QStringLiteral("reviewAhead"));
    ahead->setToolTip(tr("Review the cards due within this many days now"));
    connect(ahead, &QPushButton::clicked, this, [this] { reviewAhead(m_aheadDays->value()); });
    more->addWidget(ahead);
    auto *forgotten = new QPushButton(tr("&Forgotten Today"), m_donePage);
    forgotten->setObjectName(QStringLiteral("studyForgotten"));
    forgotten->setToolTip(tr("Go over the cards you answered Again today once more"));
    connect(forgotten, &QPushButton::clicked, this, [this] { studyForgotten(); });
    more->addWidget(forgotten);
    more->addStretch(1);
    dl->addLayout(more);
    m_doneNote = new QLabel(m_donePage);
    m_doneNote->setObjectName(QStringLiteral("doneNote"));
    m_doneNote->setAlignment(Qt::AlignCenter);
    dl->addWidget(m_doneNote);
    auto *hint = new QLabel(tr("Esc returns to the decks."), m_donePage);
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);
    dl->addWidget(hint);
    dl->addStretch(2);
    m_pages->addWidget(m_donePage);
    m_pages->setCurrentWidget(m_studyPage);

    m_timerTick = new QTimer(this);
    m_timerTick->setInterval(1000);
    connect(m_timerTick, &QTimer::timeout, this, [this] {
        const qint64 secs = m_timer.isValid() ? m_timer.elapsed() / 1000 : 0;
        m_timerLabel->setText(QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0')));
    });

    // Shortcuts rather than key events: the web view takes keyboard focus, and shortcuts with
    // this context fire wherever the focus is inside the review screen.
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Undo, [this] { undo(); });
    shortcut(QKeySequence(Qt::Key_Z), [this] { undo(); });
    // Anki: Space/Enter shows the answer, and on the answer side means Good; on the overview, Study Now.
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)})
        shortcut(keys, [this] {
            if (m_pages->currentWidget() == m_overviewPage)
                m_studyNow->click();
            else
                m_answerShown ? answer(3) : showAnswer();
        });
    shortcut(QKeySequence(Qt::Key_Minus), [this] { bury(); });
    shortcut(QKeySequence(Qt::Key_At), [this] { suspend(); });
    shortcut(QKeySequence(Qt::Key_Asterisk), [this] { toggleMark(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { deleteNote(); });
    for (int i = 1; i <= 4; ++i)
        shortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + i)), [this, i] { toggleFlag(i); });
    shortcut(QKeySequence(Qt::Key_O), [this] {
        if (m_card)
            emit optionsRequested(m_card->deckId);
        else if (m_deck)
            emit optionsRequested(*m_deck);
    });
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
    m_deck = deck;
    m_deckName = deckName;
    m_undo.clear();
    m_title->setText(deckName.isEmpty() ? tr("All decks") : deckName);
    m_pages->setCurrentWidget(m_studyPage);
    showNext();
    return m_card.has_value();
}

void ReviewWidget::ensureView()
{
    // Made on the first study, not with the window: QtWebEngine's start (a Chromium process,
    // about 250 ms and 100 MiB) would otherwise hold up the deck list at every launch.
    if (m_view)
        return;
    m_view = new CardView(m_studyPage);
    m_view->setObjectName(QStringLiteral("cardView"));
    m_view->setMediaDir(m_collection.mediaDir());
    auto *box = static_cast<QVBoxLayout *>(m_studyPage->layout());
    box->insertWidget(box->indexOf(m_bottom), m_view, 1);   // between the title row and the buttons
}

void ReviewWidget::showOverview(DeckId deck, const QString &deckName)
{
    m_session.reset();
    m_card.reset();
    m_undo.clear();
    m_deck = deck;
    m_deckName = deckName;
    m_overviewTitle->setText(deckName);
    const QDateTime now = m_clock.now();
    auto counts = SessionCounts::remaining(m_collection, deck, now, m_clock.utcOffsetSecs(now));
    m_shownCounts = counts ? *counts : DueCounts{};
    m_overviewCounts->setText(tr("New: %1    Learning: %2    To review: %3")
                                  .arg(m_shownCounts.newCount)
                                  .arg(m_shownCounts.learnCount)
                                  .arg(m_shownCounts.reviewCount));
    auto d = m_collection.deck(deck);
    m_overviewDescription->setText(d ? d->description.trimmed() : QString());
    m_overviewDescription->setVisible(!m_overviewDescription->text().isEmpty());
    m_studyNow->setEnabled(m_shownCounts.total() > 0);
    m_pages->setCurrentWidget(m_overviewPage);
    if (m_shownCounts.total() > 0)
        m_studyNow->setFocus();
    else
        setFocus();
}

ReviewWidget::Page ReviewWidget::page() const
{
    if (m_pages->currentWidget() == m_overviewPage)
        return Page::Overview;
    return m_pages->currentWidget() == m_donePage ? Page::Done : Page::Study;
}

void ReviewWidget::setTimerShown(bool shown)
{
    m_timerOverride = shown;
    m_timerShown = shown;
    m_timerLabel->setVisible(shown && m_card && !m_answerShown);
    if (shown && m_card && !m_answerShown)
        m_timerTick->start();
}

void ReviewWidget::updateCounts(std::optional<DueCounts> counts)
{
    if (counts) {
        m_shownCounts = *counts;
    } else {
        const QDateTime now = m_clock.now();
        auto read = SessionCounts::remaining(m_collection, m_deck, now, m_clock.utcOffsetSecs(now));
        m_shownCounts = read ? *read : DueCounts{};
    }
    // Anki's colours: new blue, learning red, review green; the current card's count underlined.
    const std::optional<CountKind> current = m_card ? std::optional<CountKind>(SessionCounts::kindOf(m_card->state)) : std::nullopt;
    auto part = [&current](int n, CountKind kind, const char *colour) {
        const QString text = QString::number(n);
        return QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(QLatin1String(colour), current == kind ? QStringLiteral("<u>%1</u>").arg(text) : text);
    };
    m_counts->setText(part(m_shownCounts.newCount, CountKind::New, "#1a73e8") + QStringLiteral(" + ")
                      + part(m_shownCounts.learnCount, CountKind::Learning, "#d93025") + QStringLiteral(" + ")
                      + part(m_shownCounts.reviewCount, CountKind::Review, "#1e8e3e"));
}

void ReviewWidget::updateCardMarks(const Note *note)
{
    QStringList marks;
    if (m_card) {
        const QString flags[] = {tr("Red flag"), tr("Orange flag"), tr("Green flag"), tr("Blue flag")};
        const int flag = m_card->flags & 7;
        if (flag >= 1 && flag <= 4)
            marks << flags[flag - 1];
        std::optional<Note> read;
        if (!note) {
            if (auto stored = m_collection.note(m_card->noteId))
                read = *stored;
            note = read ? &*read : nullptr;
        }
        if (note && note->tags.contains(QStringLiteral("marked"), Qt::CaseInsensitive))
            marks << tr("Marked");
    }
    m_marks->setText(marks.join(QStringLiteral(" · ")));
}

bool ReviewWidget::changeCard(const std::function<bool(Card &)> &change, bool next)
{
    if (!m_card || !m_session)
        return false;
    auto fresh = m_collection.card(m_card->id);
    if (!fresh) {
        emit failed(fresh.error().message);
        return false;
    }
    Card card = *fresh;
    const Card before = card;
    if (!change(card))
        return false;
    card.modifiedSecs = m_clock.now().toSecsSinceEpoch();
    if (auto r = m_collection.updateCard(card); !r) {
        emit failed(r.error().message);
        return false;
    }
    pushUndo(UndoStep{UndoStep::Kind::Change, {before}, {}, before.id});
    emit answered();   // counts changed
    if (next) {
        showNext();
    } else {
        m_card = card;
        updateCardMarks();
    }
    return true;
}

void ReviewWidget::bury()
{
    auto rollover = m_collection.rolloverHour();
    const QDateTime now = m_clock.now();
    const int tomorrow = int(StudyDay::dayNumber(now, m_clock.utcOffsetSecs(now), rollover ? *rollover : 4)) + 1;
    changeCard([tomorrow](Card &c) {
        c.queue = CardQueue::ManuallyBuried;
        c.buriedUntilDay = tomorrow;
        return true;
    }, true);
}

void ReviewWidget::suspend()
{
    changeCard([](Card &c) {
        c.queue = CardQueue::Suspended;
        return true;
    }, true);
}

void ReviewWidget::toggleFlag(int flag)
{
    if (flag < 1 || flag > 4)
        return;
    changeCard([flag](Card &c) {
        c.flags = (c.flags & ~7) | ((c.flags & 7) == flag ? 0 : flag);
        return true;
    }, false);
}

void ReviewWidget::toggleMark()
{
    if (!m_card || !m_session)
        return;
    auto note = m_collection.note(m_card->noteId);
    if (!note) {
        emit failed(note.error().message);
        return;
    }
    const Note before = *note;
    Note changed = *note;
    bool removed = false;
    for (int i = changed.tags.size() - 1; i >= 0; --i)
        if (changed.tags[i].compare(QLatin1String("marked"), Qt::CaseInsensitive) == 0) {
            changed.tags.removeAt(i);
            removed = true;
        }
    if (!removed)
        changed.tags << QStringLiteral("marked");
    changed.modifiedSecs = m_clock.now().toSecsSinceEpoch();
    if (auto r = m_collection.updateNote(changed); !r) {
        emit failed(r.error().message);
        return;
    }
    pushUndo(UndoStep{UndoStep::Kind::Change, {}, {before}, m_card->id});
    updateCardMarks(&changed);
}

void ReviewWidget::deleteNote()
{
    if (!m_card || !m_session)
        return;
    auto note = m_collection.note(m_card->noteId);
    auto cards = m_collection.cardsOfNote(m_card->noteId);
    if (!note || !cards) {
        emit failed(note ? cards.error().message : note.error().message);
        return;
    }
    const auto reply = QMessageBox::question(this, tr("Delete Note"),
                                             tr("Delete this note and its %n card(s)? Z undoes it.", nullptr, int(cards->size())),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (reply != QMessageBox::Yes)
        return;
    auto removal = m_collection.removeNotesUndoable({note->id});
    if (!removal) {
        emit failed(removal.error().message);
        return;
    }
    UndoStep step{UndoStep::Kind::Delete, {}, {}, m_card->id};
    step.removal = std::move(*removal);
    pushUndo(std::move(step));
    emit answered();
    showNext();
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
    auto next = m_session->nextCardWithCounts();
    if (!next) {
        emit failed(next.error().message);
        return;
    }
    if (!next->card) {
        showDone();
        emit finished();
        return;
    }
    m_card = *next->card;
    m_pages->setCurrentWidget(m_studyPage);
    showQuestion(next->remaining);
}

void ReviewWidget::showQuestion(std::optional<DueCounts> counts)
{
    // One read of the note, for the card and for its "marked" tag.
    const Result<Note> note = m_collection.note(m_card->noteId);
    const Result<RenderedCard> rendered = note ? m_renderer->render(*m_card, *note) : Result<RenderedCard>(note.error());
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
    m_timerLabel->setText(QStringLiteral("0:00"));
    // The card's own preset decides ("show answer timer"), so a session over several decks
    // follows each card's deck, unless setTimerShown() overrode it for this screen.
    if (!m_timerOverride) {
        Result<SchedulerConfig> config = m_collection.configForDeck(m_card->deckId);
        m_timerShown = config && config->showAnswerTimer;
    }
    m_timerLabel->setVisible(m_timerShown);
    if (m_timerShown)
        m_timerTick->start();
    else
        m_timerTick->stop();
    updateCounts(counts);
    updateCardMarks(note ? &*note : nullptr);
}

void ReviewWidget::showDone()
{
    m_timerTick->stop();
    m_timerLabel->hide();
    updateCounts();
    const QDateTime now = m_clock.now();
    const int offset = m_clock.utcOffsetSecs(now);
    auto rollover = m_collection.rolloverHour();
    const qint64 today = StudyDay::dayNumber(now, offset, rollover ? *rollover : 4);
    QString next = tr("No more cards are scheduled in this deck.");
    if (auto upcoming = m_collection.upcomingCards(m_deck)) {
        const NextDue due = SessionCounts::nextDue(*upcoming, now.toSecsSinceEpoch(), today);
        const int amount = int(qMin<qint64>(due.amount, 1000000));
        if (due.kind == NextDue::Kind::Minutes)
            next = tr("The next card is due in %n minute(s).", nullptr, amount);
        else if (due.kind == NextDue::Kind::Days)
            next = amount == 1 ? tr("The next card is due tomorrow.") : tr("The next card is due in %n day(s).", nullptr, amount);
    }
    m_doneText->setText(tr("Congratulations! You have finished %1 for today.").arg(m_deckName.isEmpty() ? tr("all decks") : m_deckName)
                        + QLatin1Char('\n') + next);
    m_doneNote->clear();
    m_pages->setCurrentWidget(m_donePage);
    setFocus();
}

bool ReviewWidget::studyExtra(Result<std::vector<CardId>> cards)
{
    if (!cards) {
        emit failed(cards.error().message);
        return false;
    }
    if (cards->empty()) {
        m_doneNote->setText(tr("No cards for that."));
        return false;
    }
    if (!m_session)
        m_session = std::make_unique<ReviewSession>(m_collection, m_clock, m_deck);
    m_session->setExtraCards(std::move(*cards));
    showNext();
    return m_card.has_value();
}

bool ReviewWidget::studyMoreNew(int count)
{
    return studyExtra(m_collection.extraNewCards(m_deck, count));
}

bool ReviewWidget::reviewAhead(int days)
{
    const QDateTime now = m_clock.now();
    auto rollover = m_collection.rolloverHour();
    const qint64 today = StudyDay::dayNumber(now, m_clock.utcOffsetSecs(now), rollover ? *rollover : 4);
    return studyExtra(m_collection.reviewAheadCards(m_deck, today + days, 9999));
}

bool ReviewWidget::studyForgotten()
{
    const QDateTime now = m_clock.now();
    const int offset = m_clock.utcOffsetSecs(now);
    auto rollover = m_collection.rolloverHour();
    const qint64 today = StudyDay::dayNumber(now, offset, rollover ? *rollover : 4);
    const qint64 sinceMs = StudyDay::dayStart(today, offset, rollover ? *rollover : 4).toMSecsSinceEpoch();
    return studyExtra(m_collection.forgottenCards(m_deck, sinceMs, 9999));
}

void ReviewWidget::showAnswer()
{
    if (!m_card || m_answerShown)
        return;
    m_answerShown = true;
    ensureView();
    m_timerTick->stop();
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
    pushUndo(UndoStep{UndoStep::Kind::Answer, {}, {}, m_card->id, *id});
    emit answered();
    m_idleCheckpoint->start();
    showNext();
}

void ReviewWidget::undo()
{
    if (!m_session || m_undo.empty())
        return;
    UndoStep step = std::move(m_undo.back());
    m_undo.pop_back();
    std::optional<Card> show;
    if (step.kind == UndoStep::Kind::Answer) {
        auto card = m_session->undo(step.review);
        if (!card) {
            emit failed(card.error().message);
            return;
        }
        show = *card;   // nullopt when its undo record was pruned: nothing to take back
    } else {
        QString error;
        if (step.kind == UndoStep::Kind::Delete) {
            if (auto r = m_collection.restoreNotes(step.removal); !r)
                error = r.error().message;
        } else {
            Collection::Transaction tx(m_collection);
            for (const Note &n : step.notes)
                if (auto r = m_collection.updateNote(n); !r && error.isEmpty())
                    error = r.error().message;
            for (const Card &c : step.cards)
                if (auto r = m_collection.updateCard(c); !r && error.isEmpty())
                    error = r.error().message;
            if (error.isEmpty())
                if (auto r = tx.commit(); !r)
                    error = r.error().message;
        }
        if (!error.isEmpty()) {
            emit failed(error);
            return;
        }
        auto card = m_collection.card(step.show);
        if (!card) {
            emit failed(card.error().message);
            return;
        }
        show = *card;
    }
    if (!show)
        return;
    m_card = *show;
    emit answered();
    m_pages->setCurrentWidget(m_studyPage);
    showQuestion();
}

} // namespace debrief
