#include "deckoptionsdialog.h"


#include "scheduling/presetcheck.h"
#include "scheduling/stepstext.h"
#include "scheduling/studyday.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace debrief {

static QSpinBox *spin(QWidget *parent, const char *name, int min, int max, const QString &suffix = QString())
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(min, max);
    s->setSuffix(suffix);
    return s;
}

static QDoubleSpinBox *dspin(QWidget *parent, const char *name, double min, double max, double step)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(min, max);
    s->setDecimals(2);
    s->setSingleStep(step);
    return s;
}

static const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

DeckOptionsDialog::DeckOptionsDialog(Collection &collection, DeckId deck, QWidget *parent)
    : DeckOptionsDialog(collection, systemClock(), deck, parent)
{
}

DeckOptionsDialog::DeckOptionsDialog(Collection &collection, const Clock &clock, DeckId deck, QWidget *parent)
    : QDialog(parent), m_collection(collection), m_deck(deck)
{
    const QDateTime now = clock.now();
    Result<int> rollover = collection.rolloverHour();
    m_today = StudyDay::dayNumber(now, clock.utcOffsetSecs(now), rollover ? *rollover : SchedulerConfig{}.rolloverHour);
    if (Result<Deck> d = collection.deck(deck)) {
        m_deckName = d->name;
        m_originalPreset = d->presetId;
    }
    setWindowTitle(tr("Options for %1").arg(m_deckName));
    if (Result<std::vector<Collection::PresetEntry>> presets = collection.presets()) {
        for (const Collection::PresetEntry &p : *presets) {
            Result<SchedulerConfig> config = collection.preset(p.id);
            m_entries.push_back(Entry{p.id, p.name, config ? *config : SchedulerConfig{}, p.deckCount});
        }
    }
    if (m_entries.empty())
        m_entries.push_back(Entry{1, tr("Default"), SchedulerConfig{}, 1});
    buildForm();
    m_current = 0;
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == m_originalPreset)
            m_current = int(i);
    fillCombo();
    load(m_entries[size_t(m_current)].config);

    // The deck's own limits for today; off, the boxes offer the preset's as a starting point.
    const SchedulerConfig &shown = m_entries[size_t(m_current)].config;
    Result<DeckTodayLimits> today = collection.deckTodayLimits(m_deck, m_today);
    const DeckTodayLimits limits = today ? *today : DeckTodayLimits{};
    m_newTodayOn->setChecked(limits.newPerDay.has_value());
    m_newToday->setValue(limits.newPerDay.value_or(shown.newPerDay));
    m_reviewsTodayOn->setChecked(limits.reviewsPerDay.has_value());
    m_reviewsToday->setValue(limits.reviewsPerDay.value_or(shown.reviewsPerDay));
}

void DeckOptionsDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);

    auto *presetRow = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&Preset:"), this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->setToolTip(tr("Decks that share a preset share all these options."));
    presetLabel->setBuddy(m_preset);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_preset, 1);
    auto button = [this, presetRow](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAutoDefault(false);
        presetRow->addWidget(b);
        return b;
    };
    QPushButton *add = button(tr("&Add"), "addPreset", tr("A new preset with the default options"));
    QPushButton *clone = button(tr("&Clone"), "clonePreset", tr("A new preset with these options"));
    m_renameButton = button(tr("Re&name"), "renamePreset", tr("Rename this preset"));
    m_deleteButton = button(tr("&Delete"), "deletePreset", tr("Delete this preset; its decks go back to Default"));
    layout->addLayout(presetRow);

    auto *tabs = new QTabWidget(this);
    auto page = [tabs](const QString &title) {
        auto *w = new QWidget(tabs);
        auto *form = new QFormLayout(w);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        tabs->addTab(w, title);
        return form;
    };
    const QString days = tr(" days");

    QFormLayout *daily = page(tr("Daily Limits"));
    m_newPerDay = spin(this, "newPerDay", 0, PresetCheck::kMaxNewPerDay);
    m_reviewsPerDay = spin(this, "reviewsPerDay", 0, PresetCheck::kMaxReviewsPerDay);
    daily->addRow(tr("New cards/day:"), m_newPerDay);
    daily->addRow(tr("Maximum reviews/day:"), m_reviewsPerDay);
    // Anki's "Today only" limits: this deck only, this study day only, then the preset's again.
    auto *todayHeading = new QLabel(tr("<b>This deck, today only</b>"), this);
    todayHeading->setToolTip(tr("Limits for this deck alone that end at the next day rollover; the preset's apply again after."));
    daily->addRow(todayHeading);
    const auto todayRow = [this, daily](const QString &label, const char *name, int max, QCheckBox *&on, QSpinBox *&box) {
        on = new QCheckBox(label, this);
        on->setObjectName(QStringLiteral("%1On").arg(QLatin1String(name)));
        box = spin(this, name, 0, max);
        box->setEnabled(false);
        connect(on, &QCheckBox::toggled, box, &QWidget::setEnabled);
        daily->addRow(on, box);
    };
    todayRow(tr("New cards today:"), "newToday", PresetCheck::kMaxNewPerDay, m_newTodayOn, m_newToday);
    todayRow(tr("Reviews today:"), "reviewsToday", PresetCheck::kMaxReviewsPerDay, m_reviewsTodayOn, m_reviewsToday);

    QFormLayout *newCards = page(tr("New Cards"));
    m_learnSteps = new QLineEdit(this);
    m_learnSteps->setObjectName(QStringLiteral("learnSteps"));
    m_learnSteps->setPlaceholderText(tr("e.g. 1m 10m 1h 1d"));
    m_learnSteps->setToolTip(tr("Delays between showings of a new card: numbers with s, m, h or d, separated by spaces."));
    m_graduating = spin(this, "graduatingInterval", 1, 36500, days);
    m_easyInterval = spin(this, "easyInterval", 1, 36500, days);
    m_newOrder = new QComboBox(this);
    m_newOrder->setObjectName(QStringLiteral("newOrder"));
    m_newOrder->addItem(tr("In the order added"), int(NewCardOrder::Added));
    m_newOrder->addItem(tr("Random"), int(NewCardOrder::Random));
    newCards->addRow(tr("Learning steps:"), m_learnSteps);
    newCards->addRow(tr("Graduating interval:"), m_graduating);
    newCards->addRow(tr("Easy interval:"), m_easyInterval);
    newCards->addRow(tr("New card order:"), m_newOrder);
    m_learnSteps->setMinimumWidth(m_learnSteps->fontMetrics().horizontalAdvance(QStringLiteral("1m 10m 1h 1d 3d 7d")) + 16);

    QFormLayout *lapses = page(tr("Lapses"));
    m_relearnSteps = new QLineEdit(this);
    m_relearnSteps->setObjectName(QStringLiteral("relearnSteps"));
    m_relearnSteps->setPlaceholderText(tr("e.g. 10m"));
    m_relearnSteps->setMinimumWidth(m_learnSteps->minimumWidth());
    m_lapseNewInterval = spin(this, "lapseNewInterval", 0, 100, tr(" %"));
    m_lapseNewInterval->setToolTip(tr("The interval after a lapse, as a share of the one before (0 %: start again from the minimum)."));
    m_minimumInterval = spin(this, "minimumInterval", 1, 36500, days);
    m_leechThreshold = spin(this, "leechThreshold", 1, 99, tr(" lapses"));
    m_leechAction = new QComboBox(this);
    m_leechAction->setObjectName(QStringLiteral("leechAction"));
    m_leechAction->addItem(tr("Tag only"), int(LeechAction::TagOnly));
    m_leechAction->addItem(tr("Suspend card"), int(LeechAction::Suspend));
    lapses->addRow(tr("Relearning steps:"), m_relearnSteps);
    lapses->addRow(tr("New interval:"), m_lapseNewInterval);
    lapses->addRow(tr("Minimum interval:"), m_minimumInterval);
    lapses->addRow(tr("Leech threshold:"), m_leechThreshold);
    lapses->addRow(tr("Leech action:"), m_leechAction);

    QFormLayout *burying = page(tr("Burying"));
    m_buryNew = new QCheckBox(tr("Bury new siblings until the next day"), this);
    m_buryNew->setObjectName(QStringLiteral("buryNew"));
    m_buryReview = new QCheckBox(tr("Bury review siblings until the next day"), this);
    m_buryReview->setObjectName(QStringLiteral("buryReview"));
    m_buryInterday = new QCheckBox(tr("Bury interday learning siblings until the next day"), this);
    m_buryInterday->setObjectName(QStringLiteral("buryInterday"));
    m_buryInterday->setToolTip(tr("Siblings on a learning step of a day or more wait for the next day too."));
    burying->addRow(m_buryNew);
    burying->addRow(m_buryReview);
    burying->addRow(m_buryInterday);

    QFormLayout *timers = page(tr("Timers"));
    m_showTimer = new QCheckBox(tr("Show answer timer"), this);
    m_showTimer->setObjectName(QStringLiteral("showTimer"));
    m_showTimer->setToolTip(tr("The reviewer shows how long you have spent on the card."));
    m_rehearsalSecs = spin(this, "rehearsalSecs", PresetCheck::kMinRehearsalSecs, PresetCheck::kMaxRehearsalSecs, tr(" s"));
    m_rehearsalSecs->setSingleStep(10);
    m_rehearsalSecs->setToolTip(tr("The countdown for each spoken answer in rehearsal mode, %1 to %2 seconds.")
                                    .arg(PresetCheck::kMinRehearsalSecs)
                                    .arg(PresetCheck::kMaxRehearsalSecs));
    timers->addRow(m_showTimer);
    timers->addRow(tr("Rehearsal time per answer:"), m_rehearsalSecs);

    QFormLayout *advanced = page(tr("Advanced"));
    m_maximumInterval = spin(this, "maximumInterval", 1, 36500, days);
    m_startingEase = dspin(this, "startingEase", 1.31, 5.0, 0.1);
    m_easyBonus = dspin(this, "easyBonus", 1.0, 5.0, 0.05);
    m_intervalModifier = dspin(this, "intervalModifier", 0.5, 2.0, 0.05);
    m_hardInterval = dspin(this, "hardInterval", 0.5, 1.3, 0.05);
    m_fuzz = new QCheckBox(tr("Spread reviews a little (fuzz) so cards added together do not fall due together"), this);
    m_fuzz->setObjectName(QStringLiteral("fuzz"));
    advanced->addRow(tr("Maximum interval:"), m_maximumInterval);
    advanced->addRow(tr("Starting ease:"), m_startingEase);
    advanced->addRow(tr("Easy bonus:"), m_easyBonus);
    advanced->addRow(tr("Interval modifier:"), m_intervalModifier);
    advanced->addRow(tr("Hard interval:"), m_hardInterval);
    advanced->addRow(m_fuzz);
    layout->addWidget(tabs);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    const bool dark = errorPalette.color(QPalette::Window).lightness() < 128;
    errorPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("restoreDefaults"));
    buttons->button(QDialogButtonBox::RestoreDefaults)->setToolTip(tr("Anki's defaults for this preset (saved on OK)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeckOptionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeckOptionsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &DeckOptionsDialog::restoreDefaults);

    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Preset"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            addPreset(name.trimmed(), false);
    });
    connect(clone, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Clone Preset"), tr("Name:"), QLineEdit::Normal,
                                                   tr("%1 copy").arg(m_entries[size_t(m_current)].name), &ok);
        if (ok && !name.trimmed().isEmpty())
            addPreset(name.trimmed(), true);
    });
    connect(m_renameButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Preset"), tr("Name:"), QLineEdit::Normal,
                                                   m_entries[size_t(m_current)].name, &ok);
        if (ok && !name.trimmed().isEmpty())
            renamePreset(name.trimmed());
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &DeckOptionsDialog::deletePreset);
    connect(m_preset, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        if (index == m_current)
            return;
        if (!store()) {
            m_preset->setCurrentIndex(m_current);   // fix the wrong value first
            return;
        }
        m_current = index;
        load(m_entries[size_t(index)].config);
        fillCombo();
    });
}

void DeckOptionsDialog::fillCombo()
{
    QSignalBlocker block(m_preset);
    m_preset->clear();
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        // The count as it will be after OK: this deck moves to the chosen preset.
        int decks = e.deckCount - (e.id == m_originalPreset && e.id != 0 ? 1 : 0) + (int(i) == m_current ? 1 : 0);
        m_preset->addItem(tr("%1 (used by %n deck(s))", nullptr, decks).arg(e.name));
    }
    m_preset->setCurrentIndex(m_current);
    m_deleteButton->setEnabled(m_entries[size_t(m_current)].id != 1);
}

void DeckOptionsDialog::load(const SchedulerConfig &c)
{
    m_newPerDay->setValue(c.newPerDay);
    m_reviewsPerDay->setValue(c.reviewsPerDay);
    m_learnSteps->setText(StepsText::format(c.learnStepsSecs));
    m_relearnSteps->setText(StepsText::format(c.relearnStepsSecs));
    m_graduating->setValue(c.graduatingIntervalDays);
    m_easyInterval->setValue(c.easyIntervalDays);
    m_newOrder->setCurrentIndex(m_newOrder->findData(int(c.newCardOrder)));
    m_lapseNewInterval->setValue(int(std::lround(c.lapseMultiplier * 100)));
    m_minimumInterval->setValue(c.minimumLapseIntervalDays);
    m_leechThreshold->setValue(c.leechThreshold);
    m_leechAction->setCurrentIndex(m_leechAction->findData(int(c.leechAction)));
    m_buryNew->setChecked(c.buryNewSiblings);
    m_buryReview->setChecked(c.buryReviewSiblings);
    m_buryInterday->setChecked(c.buryInterdayLearningSiblings);
    m_showTimer->setChecked(c.showAnswerTimer);
    m_rehearsalSecs->setValue(c.rehearsalSecs);
    m_maximumInterval->setValue(c.maximumIntervalDays);
    m_startingEase->setValue(c.startingEasePermille / 1000.0);
    m_easyBonus->setValue(c.easyBonus);
    m_intervalModifier->setValue(c.intervalModifier);
    m_hardInterval->setValue(c.hardMultiplier);
    m_fuzz->setChecked(c.fuzzEnabled);
    m_error->hide();
}

bool DeckOptionsDialog::store()
{
    SchedulerConfig &c = m_entries[size_t(m_current)].config;
    QString error;
    const std::optional<std::vector<int>> learn = StepsText::parse(m_learnSteps->text(), &error);
    if (!learn) {
        showError(tr("Learning steps: %1").arg(error));
        m_learnSteps->setFocus();
        return false;
    }
    const std::optional<std::vector<int>> relearn = StepsText::parse(m_relearnSteps->text(), &error);
    if (!relearn) {
        showError(tr("Relearning steps: %1").arg(error));
        m_relearnSteps->setFocus();
        return false;
    }
    if (m_easyInterval->value() < m_graduating->value()) {
        showError(tr("The easy interval (%1 days) must not be shorter than the graduating interval (%2 days).")
                      .arg(m_easyInterval->value())
                      .arg(m_graduating->value()));
        m_easyInterval->setFocus();
        return false;
    }
    if (m_maximumInterval->value() < m_minimumInterval->value()) {
        showError(tr("The maximum interval must not be shorter than the minimum interval after a lapse."));
        m_maximumInterval->setFocus();
        return false;
    }
    c.newPerDay = m_newPerDay->value();
    c.reviewsPerDay = m_reviewsPerDay->value();
    c.learnStepsSecs = *learn;
    c.relearnStepsSecs = *relearn;
    c.graduatingIntervalDays = m_graduating->value();
    c.easyIntervalDays = m_easyInterval->value();
    c.newCardOrder = NewCardOrder(m_newOrder->currentData().toInt());
    c.lapseMultiplier = m_lapseNewInterval->value() / 100.0;
    c.minimumLapseIntervalDays = m_minimumInterval->value();
    c.leechThreshold = m_leechThreshold->value();
    c.leechAction = LeechAction(m_leechAction->currentData().toInt());
    c.buryNewSiblings = m_buryNew->isChecked();
    c.buryReviewSiblings = m_buryReview->isChecked();
    c.buryInterdayLearningSiblings = m_buryInterday->isChecked();
    c.showAnswerTimer = m_showTimer->isChecked();
    c.rehearsalSecs = m_rehearsalSecs->value();
    c.maximumIntervalDays = m_maximumInterval->value();
    c.startingEasePermille = int(std::lround(m_startingEase->value() * 1000));
    c.easyBonus = m_easyBonus->value();
    c.intervalModifier = m_intervalModifier->value();
    c.hardMultiplier = m_hardInterval->value();
    c.fuzzEnabled = m_fuzz->isChecked();
    if (const QString problem = PresetCheck::problem(c); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    if (const QString problem = PresetCheck::todayLimitsProblem(todayLimits().newPerDay, todayLimits().reviewsPerDay);
        !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    m_error->hide();
    return true;
}

DeckTodayLimits DeckOptionsDialog::todayLimits() const
{
    DeckTodayLimits l;
    l.day = m_today;
    if (m_newTodayOn->isChecked())
        l.newPerDay = m_newToday->value();
    if (m_reviewsTodayOn->isChecked())
        l.reviewsPerDay = m_reviewsToday->value();
    return l;
}

void DeckOptionsDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void DeckOptionsDialog::addPreset(const QString &name, bool cloneCurrent)
{
    if (!store())
        return;
    SchedulerConfig config = cloneCurrent ? m_entries[size_t(m_current)].config : SchedulerConfig{};
    // Collection-wide settings are not the preset's to reset.
    config.rolloverHour = m_entries[size_t(m_current)].config.rolloverHour;
    config.learnAheadSecs = m_entries[size_t(m_current)].config.learnAheadSecs;
    m_entries.push_back(Entry{0, name, config, 0});
    m_current = int(m_entries.size()) - 1;
    load(config);
    fillCombo();
}

void DeckOptionsDialog::renamePreset(const QString &name)
{
    m_entries[size_t(m_current)].name = name;
    fillCombo();
}

void DeckOptionsDialog::deletePreset()
{
    if (m_entries[size_t(m_current)].id == 1)
        return;
    if (m_entries[size_t(m_current)].id != 0)
        m_removed.push_back(m_entries[size_t(m_current)].id);
    m_entries.erase(m_entries.begin() + m_current);
    m_current = 0;   // the Default, listed first
    load(m_entries.front().config);
    fillCombo();
}

void DeckOptionsDialog::restoreDefaults()
{
    SchedulerConfig config;
    config.rolloverHour = m_entries[size_t(m_current)].config.rolloverHour;
    config.learnAheadSecs = m_entries[size_t(m_current)].config.learnAheadSecs;
    load(config);
}

bool DeckOptionsDialog::save()
{
    if (!store())
        return false;
    auto fail = [this](const Error &e) {
        showError(tr("Nothing was saved: %1").arg(e.message));
        return false;
    };
    Collection::Transaction tx(m_collection);
    for (PresetId id : m_removed)
        if (Result<void> r = m_collection.removePreset(id); !r)
            return fail(r.error());
    for (Entry &e : m_entries) {
        if (e.id == 0) {
            Result<PresetId> id = m_collection.addPreset(e.name, e.config);
            if (!id)
                return fail(id.error());
            e.id = *id;
        } else if (Result<void> r = m_collection.savePreset(e.id, e.name, e.config); !r) {
            return fail(r.error());
        }
    }
    Result<Deck> deck = m_collection.deck(m_deck);
    if (!deck)
        return fail(deck.error());
    deck->presetId = m_entries[size_t(m_current)].id;
    if (Result<void> r = m_collection.updateDeck(*deck); !r)
        return fail(r.error());
    if (Result<void> r = m_collection.setDeckTodayLimits(m_deck, todayLimits()); !r)
        return fail(r.error());
    if (Result<void> r = tx.commit(); !r)
        return fail(r.error());
    m_removed.clear();
    return true;
}

void DeckOptionsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace debrief
