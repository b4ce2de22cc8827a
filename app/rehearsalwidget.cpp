#include "rehearsalwidget.h"

#include "audioplayer.h"
#include "mediaanswerrecorder.h"
#include "render/cardrenderer.h"
#include "scheduling/presetcheck.h"
#include "storage/collection.h"
#include "storage/rehearsallog.h"
#include "study/drillsummary.h"
#include "study/reviewsession.h"
#include "study/rubric.h"
#include "theme.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace debrief {

namespace {

const char kPairNotetype[] = "Debrief Pair";
// Recordings are kept per card up to this many MiB in all (oldest deleted first). Ogg speech takes
// about 30 MiB an hour, so the default keeps several hours of answers without filling a disk.
const char kRecordingCapKey[] = "rehearsal/recordingCapMiB";
constexpr int kDefaultRecordingCapMiB = 200;

QString fieldOf(const Note &note, const Notetype &nt, const char *name)
{
    const int i = nt.fieldNames.indexOf(QLatin1String(name));
    return i >= 0 ? note.fields.value(i) : QString();
}

QString block(const QString &label, const QString &text, const char *colour)
{
    return QStringLiteral("<p style=\"margin-top:10px\"><b style=\"color:%1\">%2</b><br>%3</p>")
        .arg(QLatin1String(colour), label.toHtmlEscaped(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

QString seconds(int ms) { return QString::number(ms / 1000.0, 'f', 1); }

} // namespace

RehearsalWidget::RehearsalWidget(Collection &collection, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_collection(collection), m_clock(clock), m_renderer(std::make_unique<CardRenderer>(collection))
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("rehearsalTitle"));
    header->addWidget(m_title, 1);
    header->addWidget(new QLabel(tr("Time per answer:"), this));
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("rehearsalLimit"));
    m_limit->setRange(PresetCheck::kMinRehearsalSecs, PresetCheck::kMaxRehearsalSecs);
    m_limit->setSingleStep(10);
    m_limit->setSuffix(tr(" s"));
    m_limit->setValue(SchedulerConfig{}.rehearsalSecs);
    m_limit->setToolTip(tr("Each card's deck options set its time; a change here holds for the rest of this drill."));
    m_limit->setFocusPolicy(Qt::ClickFocus);
    // Only a change by the learner: showNext() sets each card's time with signals blocked.
    connect(m_limit, QOverload<int>::of(&QSpinBox::valueChanged), this, [this](int v) {
        m_limitOverride = v;
        m_timeBar->setRange(0, v * 1000);
    });
    header->addWidget(m_limit);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("rehearsalCountdown"));
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_countdown->setFont(big);
    m_countdown->setMinimumWidth(m_countdown->fontMetrics().horizontalAdvance(QStringLiteral("-00:00")) + 8);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_countdown);
    layout->addLayout(header);
    m_timeBar = new QProgressBar(this);
    m_timeBar->setTextVisible(false);
    m_timeBar->setMaximumHeight(8);
    layout->addWidget(m_timeBar);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // Front: question, typed answer.
    auto *front = new QWidget(m_pages);
    auto *fl = new QVBoxLayout(front);
    m_question = new QTextBrowser(front);
    m_question->setObjectName(QStringLiteral("rehearsalQuestion"));
    m_question->setFocusPolicy(Qt::NoFocus);
    fl->addWidget(m_question, 2);
    m_micHint = new QLabel(front);
    m_micHint->setWordWrap(true);
    Theme::makeSecondary(m_micHint);
    fl->addWidget(m_micHint);
    m_typed = new QPlainTextEdit(front);
    m_typed->setObjectName(QStringLiteral("rehearsalTyped"));
    m_typed->setPlaceholderText(tr("Answer as you would in the interview, then press Ctrl+Enter."));
    fl->addWidget(m_typed, 1);
    m_revealButton = new QPushButton(tr("Reveal (Ctrl+Enter)"), front);
    m_revealButton->setObjectName(QStringLiteral("rehearsalReveal"));
    connect(m_revealButton, &QPushButton::clicked, this, &RehearsalWidget::reveal);
    fl->addWidget(m_revealButton, 0, Qt::AlignRight);
    m_pages->addWidget(front);

    // Back: their answer beside the strong, model and weak answers; the rubric; the four buttons.
    auto *back = new QWidget(m_pages);
    auto *bl = new QVBoxLayout(back);
    auto *split = new QSplitter(Qt::Horizontal, back);
    auto *yoursBox = new QWidget(split);
    auto *yl = new QVBoxLayout(yoursBox);
    yl->setContentsMargins(0, 0, 0, 0);
    yl->addWidget(new QLabel(tr("<b>Your answer</b>"), yoursBox));
    m_playRecording = new QPushButton(tr("Play your recording (R)"), yoursBox);
    m_playRecording->setObjectName(QStringLiteral("rehearsalPlayRecording"));
    m_playRecording->setFocusPolicy(Qt::NoFocus);
    m_playRecording->hide();
    connect(m_playRecording, &QPushButton::clicked, this, &RehearsalWidget::playRecording);
    yl->addWidget(m_playRecording);
    m_yours = new QPlainTextEdit(yoursBox);
    yl->addWidget(m_yours);
    m_yours->setObjectName(QStringLiteral("rehearsalYours"));
    m_yours->setReadOnly(true);
    m_yours->setFocusPolicy(Qt::NoFocus);
    m_answers = new QTextBrowser(split);
    m_answers->setObjectName(QStringLiteral("rehearsalAnswers"));
    m_answers->setFocusPolicy(Qt::NoFocus);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    bl->addWidget(split, 1);
    m_rubricBox = new QWidget(back);
    m_rubricLayout = new QVBoxLayout(m_rubricBox);
    m_rubricLayout->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_rubricBox);
    m_proposal = new QLabel(back);
    m_proposal->setObjectName(QStringLiteral("rehearsalProposal"));
    bl->addWidget(m_proposal);
    auto *buttons = new QHBoxLayout;
    const QString names[4] = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < 4; ++i) {
        auto *b = new QPushButton(QStringLiteral("%1  (%2)").arg(names[i]).arg(i + 1), back);
        b->setObjectName(QStringLiteral("rehearsalRate%1").arg(i + 1));
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, i] { confirm(i + 1); });
        buttons->addWidget(b);
        m_rateButtons.push_back(b);
    }
    bl->addLayout(buttons);
    m_pages->addWidget(back);

    m_summary = new QTextBrowser(m_pages);
    m_summary->setObjectName(QStringLiteral("rehearsalSummary"));
    m_pages->addWidget(m_summary);
    // Reading size, as on the card view: these are answers to read and compare, not form fields.
    for (QWidget *text : std::initializer_list<QWidget *>{m_question, m_typed, m_yours, m_answers, m_summary}) {
        QFont f = text->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        text->setFont(f);
    }

    auto *revealKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    revealKeys->setContext(Qt::WidgetWithChildrenShortcut);
    connect(revealKeys, &QShortcut::activated, this, &RehearsalWidget::reveal);
    auto *revealEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    revealEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(revealEnter, &QShortcut::activated, this, &RehearsalWidget::reveal);
    for (int i = 1; i <= 4; ++i) {
        auto *s = new QShortcut(QKeySequence(Qt::Key_0 + i), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, i] { confirm(i); });
        m_backKeys.push_back(s);
    }
    for (int i = 0; i < 5; ++i) {
        auto *s = new QShortcut(QKeySequence(Qt::Key_A + i), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, i] {
            if (size_t(i) < m_checks.size())
                m_checks[size_t(i)]->toggle();
        });
        m_backKeys.push_back(s);
    }
    auto *replay = new QShortcut(QKeySequence(Qt::Key_R), this);
    replay->setContext(Qt::WidgetWithChildrenShortcut);
    connect(replay, &QShortcut::activated, this, &RehearsalWidget::playRecording);
    m_backKeys.push_back(replay);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, [this] {
        m_ticker->stop();
        m_audio->stop();
        stopRecording();
        emit left();
    });

    m_audio = new AudioPlayer(this);
    setRecorder(new MediaAnswerRecorder(this));

    m_ticker = new QTimer(this);
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &RehearsalWidget::tick);
}

RehearsalWidget::~RehearsalWidget() = default;

void RehearsalWidget::setRecorder(AnswerRecorder *recorder)
{
    if (m_recorder)
        m_recorder->disconnect(this);
    m_recorder = recorder;
    connect(m_recorder, &AnswerRecorder::finished, this, &RehearsalWidget::recordingFinished);
    connect(m_recorder, &AnswerRecorder::failed, this, [this](const QString &message) {
        m_recording = false;
        m_awaitingFile.reset();
        m_micHint->setText(tr("Recording failed (%1): type your answer.").arg(message));
    });
}

void RehearsalWidget::stopRecording()
{
    if (!m_recording)
        return;
    m_recording = false;
    m_stopping = true;
    m_recorder->stop();
}

void RehearsalWidget::recordingFinished(const QString &absolutePath)
{
    m_stopping = false;
    if (m_awaitingFile) {
        // The answer was confirmed before the file was complete: name it beside its score now.
        RehearsalScore score = m_awaitingFile->second;
        score.recording = QFileInfo(absolutePath).fileName();
        const ReviewId review = m_awaitingFile->first;
        m_awaitingFile.reset();
        storeScore(review, score);
        return;
    }
    if (m_revealed && m_card) {
        m_recordingPath = absolutePath;
        m_playRecording->setVisible(QFileInfo::exists(absolutePath));
        return;
    }
    // The learner left or moved on without confirming: an answer that was never rated keeps no recording.
    QFile::remove(absolutePath);
}

void RehearsalWidget::playRecording()
{
    if (m_revealed && !m_recordingPath.isEmpty())
        m_audio->play({m_recordingPath});
}

bool RehearsalWidget::storeScore(ReviewId review, const RehearsalScore &score)
{
    auto stored = RehearsalLog(m_collection.database()).record(review, score);
    if (!stored) {
        emit failed(stored.error().message);
        return false;
    }
    if (!score.recording.isEmpty()) {
        const qint64 capMiB = QSettings().value(QLatin1String(kRecordingCapKey), kDefaultRecordingCapMiB).toLongLong();
        if (auto pruned = m_collection.pruneRehearsalRecordings(capMiB * 1024 * 1024); !pruned)
            emit failed(pruned.error().message);
    }
    return true;
}

int RehearsalWidget::limitSecs() const { return m_limit->value(); }

void RehearsalWidget::setLimitSecs(int secs) { m_limit->setValue(secs); }

int RehearsalWidget::presetLimitSecs(DeckId deck)
{
    Result<SchedulerConfig> config = m_collection.configForDeck(deck);
    const int secs = config ? config->rehearsalSecs : SchedulerConfig{}.rehearsalSecs;
    return std::clamp(secs, int(PresetCheck::kMinRehearsalSecs), int(PresetCheck::kMaxRehearsalSecs));
}

bool RehearsalWidget::start(std::optional<DeckId> deck, const QString &deckName, int maxQuestions)
{
    m_session = std::make_unique<ReviewSession>(m_collection, m_clock, deck);
    m_answered.clear();
    m_limitOverride.reset();   // a new drill starts from the presets again
    m_maxQuestions = maxQuestions;
    m_title->setText(deck ? tr("Rehearsal: %1").arg(deckName) : tr("Interview drill (all decks)"));
    auto next = m_session->nextCard();
    if (!next || !*next)
        return false;
    showNext();
    return true;
}

void RehearsalWidget::showNext()
{
    if (int(m_answered.size()) >= m_maxQuestions) {
        showSummary();
        return;
    }
    auto next = m_session->nextCard();
    if (!next) {
        emit failed(next.error().message);
        return;
    }
    if (!*next) {
        showSummary();
        return;
    }
    m_card = **next;
    m_revealed = false;
    for (QShortcut *s : m_backKeys)
        s->setEnabled(false);
    auto rendered = m_renderer->render(*m_card);
    m_question->setHtml(rendered ? rendered->question : rendered.error().message.toHtmlEscaped());
    m_questionText = m_question->toPlainText().simplified();
    auto deck = m_collection.deck(m_card->deckId);
    m_topic = deck ? deck->name : QString();
    m_audio->stop();
    m_recordingPath.clear();
    m_playRecording->hide();
    if (m_recorder->hasInput()) {
        // Named by card and time, so a card's recordings sort by date in the media folder.
        QDir().mkpath(m_collection.mediaDir());
        const QString base = QDir(m_collection.mediaDir())
                                 .filePath(QStringLiteral("rehearsal-%1-%2").arg(m_card->id).arg(m_clock.now().toMSecsSinceEpoch()));
        m_recording = true;
        m_micHint->setText(tr("Recording: speak your answer aloud (typing its key points is optional)."));
        m_recorder->start(base);
    } else {
        m_micHint->setText(tr("No microphone found, so nothing is recorded: type your answer."));
    }
    m_typed->clear();
    m_typed->setReadOnly(false);
    m_pages->setCurrentIndex(0);
    m_typed->setFocus();
    {
        // The countdown of the card's own deck preset: a mixed drill follows each card's deck.
        const QSignalBlocker block(m_limit);
        m_limit->setValue(m_limitOverride.value_or(presetLimitSecs(m_card->deckId)));
    }
    m_timeBar->setRange(0, limitSecs() * 1000);
    m_elapsed.start();
    tick();
    m_ticker->start();
}

void RehearsalWidget::tick()
{
    const qint64 leftMs = qint64(limitSecs()) * 1000 - m_elapsed.elapsed();
    const qint64 secs = leftMs >= 0 ? (leftMs + 999) / 1000 : -((-leftMs) / 1000);
    const qint64 a = secs < 0 ? -secs : secs;
    m_countdown->setText(QStringLiteral("%1%2:%3").arg(secs < 0 ? QStringLiteral("-") : QString()).arg(a / 60).arg(a % 60, 2, 10, QLatin1Char('0')));
    // Red once the time is up: an answer that runs long is still taken, but it cannot be Easy.
    m_countdown->setStyleSheet(leftMs < 0 ? QStringLiteral("color:#d93025") : QString());
    m_timeBar->setValue(int(std::clamp<qint64>(leftMs, 0, qint64(limitSecs()) * 1000)));
}

void RehearsalWidget::reveal()
{
    if (!m_card || m_revealed || m_pages->currentIndex() != 0)
        return;
    m_ticker->stop();
    m_durationMs = int(m_elapsed.elapsed());
    m_revealed = true;
    stopRecording();
    m_yours->setPlainText(m_typed->toPlainText().trimmed().isEmpty() ? tr("(nothing typed)") : m_typed->toPlainText());

    auto note = m_collection.note(m_card->noteId);
    auto nt = note ? m_collection.notetype(note->notetypeId) : Result<Notetype>(makeError(Error::Kind::NotFound, QString()));
    QString answers;
    m_points.clear();
    if (note && nt) {
        m_points = Rubric::parsePoints(fieldOf(*note, *nt, "Points"));
        if (nt->name == QLatin1String(kPairNotetype)) {
            answers += block(tr("Strong answer"), fieldOf(*note, *nt, "Strong"), "#1e8e3e");
            const QString model = fieldOf(*note, *nt, "Model");
            if (!model.trimmed().isEmpty())
                answers += block(tr("Model answer"), model, "#1a73e8");
            answers += block(tr("The trap (weak answer)"), fieldOf(*note, *nt, "Weak"), "#d93025");
            answers += block(tr("Why"), fieldOf(*note, *nt, "Why"), "#808080");
        }
    }
    if (answers.isEmpty()) {
        auto rendered = m_renderer->render(*m_card);
        if (rendered) {
            const QString a = rendered->answer;
            const int hr = a.indexOf(QLatin1String("<hr id=\"answer\">"));
            answers = hr >= 0 ? a.mid(hr + 16) : a;
        }
    }
    m_answers->setHtml(answers);

    qDeleteAll(m_checks);
    m_checks.clear();
    if (m_points.isEmpty()) {
        auto *none = new QCheckBox(tr("This note has no rubric points: rate it yourself."), m_rubricBox);
        none->setEnabled(false);
        m_checks.push_back(none);
        m_rubricLayout->addWidget(none);
    }
    for (int i = 0; i < m_points.size(); ++i) {
        const QString key = i < 5 ? QString(QChar('A' + i)) : QString();
        auto *c = new QCheckBox(key.isEmpty() ? m_points[i] : QStringLiteral("[%1]  %2").arg(key, m_points[i]), m_rubricBox);
        c->setObjectName(QStringLiteral("rehearsalPoint%1").arg(i));
        c->setFocusPolicy(Qt::NoFocus);
        connect(c, &QCheckBox::toggled, this, &RehearsalWidget::updateProposal);
        m_rubricLayout->addWidget(c);
        m_checks.push_back(c);
    }
    if (m_points.isEmpty())
        m_checks.clear();   // the hint label stays as a child of the box until the next reveal
    m_typed->setReadOnly(true);
    for (QShortcut *s : m_backKeys)
        s->setEnabled(true);
    m_pages->setCurrentIndex(1);
    setFocus();
    updateProposal();
}

void RehearsalWidget::updateProposal()
{
    const int ticked = int(std::count_if(m_checks.begin(), m_checks.end(), [](QCheckBox *c) { return c->isChecked(); }));
    const bool overTime = m_durationMs > limitSecs() * 1000;
    m_proposed = int(Rubric::proposedRating(ticked, m_points.size(), overTime));
    const QString names[4] = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    m_proposal->setText(tr("%1 of %2 points in %3 s%4. Proposed: <b>%5</b>. Press 1-4 to confirm or choose another.")
                            .arg(ticked)
                            .arg(m_points.size())
                            .arg(seconds(m_durationMs), overTime ? tr(" (over time)") : QString(), names[m_proposed - 1]));
    for (size_t i = 0; i < m_rateButtons.size(); ++i) {
        QFont f = m_rateButtons[i]->font();
        f.setBold(int(i) + 1 == m_proposed);
        m_rateButtons[i]->setFont(f);
        m_rateButtons[i]->setDefault(int(i) + 1 == m_proposed);
    }
}

void RehearsalWidget::confirm(int rating)
{
    if (!m_card || !m_revealed || rating < 1 || rating > 4)
        return;
    auto id = m_session->answer(*m_card, Rating(rating), m_durationMs);
    if (!id) {
        emit failed(id.error().message);
        return;
    }
    const int ticked = int(std::count_if(m_checks.begin(), m_checks.end(), [](QCheckBox *c) { return c->isChecked(); }));
    RehearsalScore score;
    score.pointsTicked = ticked;
    score.pointsTotal = m_points.size();
    score.scorePermille = Rubric::scorePermille(ticked, m_points.size());
    score.durationMs = m_durationMs;
    score.limitMs = limitSecs() * 1000;
    if (!m_recordingPath.isEmpty())
        score.recording = QFileInfo(m_recordingPath).fileName();
    if (m_stopping && m_recordingPath.isEmpty())
        m_awaitingFile = std::make_pair(*id, score);   // stored again, with the file's name, when it is complete
    if (!storeScore(*id, score))
        return;
    m_audio->stop();
    m_answered.push_back({m_questionText, m_topic, ticked, int(m_points.size()), m_durationMs});
    m_revealed = false;
    m_card.reset();
    showNext();
}

void RehearsalWidget::showSummary()
{
    m_ticker->stop();
    for (QShortcut *s : m_backKeys)
        s->setEnabled(false);
    m_countdown->clear();
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Drill summary: %n answer(s)", nullptr, int(m_answered.size())));
    if (m_answered.empty()) {
        m_summary->setHtml(html);
        m_pages->setCurrentIndex(2);
        emit finished();
        return;
    }
    const DrillSummary summary = DrillSummary::of(m_answered);
    html += QStringLiteral("<h3>%1</h3><table cellpadding=\"4\">").arg(tr("Points covered per topic"));
    for (const TopicCoverage &t : summary.perTopic)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2 / %3</td></tr>").arg(t.topic.toHtmlEscaped()).arg(t.ticked).arg(t.total);
    html += QStringLiteral("</table><h3>%1</h3><table cellpadding=\"4\">").arg(tr("Time per answer"));
    for (const DrillAnswer &a : summary.answers)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2 s</td><td align=\"right\">%3 / %4</td></tr>")
                    .arg(a.question.left(90).toHtmlEscaped(), seconds(a.durationMs))
                    .arg(a.ticked)
                    .arg(a.total);
    html += QStringLiteral("</table>");
    if (summary.slowest) {
        const DrillAnswer &slowest = summary.answers[*summary.slowest];
        html += QStringLiteral("<p><b>%1</b> %2 (%3 s)</p>").arg(tr("Slowest:"), slowest.question.left(120).toHtmlEscaped(), seconds(slowest.durationMs));
    }
    if (summary.weakest) {
        const DrillAnswer &weakest = summary.answers[*summary.weakest];
        html += QStringLiteral("<p><b>%1</b> %2 (%3 / %4 points)</p>")
                    .arg(tr("Weakest:"), weakest.question.left(120).toHtmlEscaped())
                    .arg(weakest.ticked)
                    .arg(weakest.total);
    }
    html += QStringLiteral("<p>%1</p>").arg(tr("Press Esc to return to the decks."));
    m_summary->setHtml(html);
    m_pages->setCurrentIndex(2);
    setFocus();
    emit finished();
}

} // namespace debrief
