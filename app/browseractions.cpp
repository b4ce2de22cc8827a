#include "browseractions.h"

#include "cardtablemodel.h"
#include "noteeditor.h"

#include "scheduling/studyday.h"
#include "search/searchparser.h"
#include "util/clock.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableView>

#include <algorithm>
#include <map>
#include <set>

namespace debrief {

BrowserActions::BrowserActions(Collection &collection, const Clock &clock, QTableView *table, CardTableModel *model,
                               NoteEditor *editor, QWidget *window)
    : QObject(window), m_collection(collection), m_clock(clock), m_table(table), m_model(model), m_editor(editor), m_window(window)
{
}

SearchContext BrowserActions::searchContext() const
{
    const QDateTime now = m_clock.now();
    const int offset = m_clock.utcOffsetSecs(now);
    auto config = m_collection.configForDeck(1);
    const int rollover = config ? config->rolloverHour : 4;
    SearchContext sc;
    sc.today = StudyDay::dayNumber(now, offset, rollover);
    sc.dayStartSecs = StudyDay::dayStart(sc.today, offset, rollover).toSecsSinceEpoch();
    sc.nowSecs = now.toSecsSinceEpoch();
    return sc;
}

std::vector<Card> BrowserActions::selectedCards()
{
    std::vector<Card> result;
    std::set<CardId> seen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = m_model->idAt(index.row());
        if (m_model->showsNotes()) {
            if (auto cards = m_collection.cardsOfNote(id))
                for (const Card &c : *cards)
                    if (seen.insert(c.id).second)
                        result.push_back(c);
        } else if (auto c = m_collection.card(id); c && seen.insert(id).second) {
            result.push_back(*c);
        }
    }
    return result;
}

std::vector<Note> BrowserActions::selectedNotes()
{
    std::set<NoteId> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = m_model->idAt(index.row());
        if (m_model->showsNotes())
            ids.insert(id);
        else if (auto c = m_collection.card(id))
            ids.insert(c->noteId);
    }
    std::vector<Note> result;
    for (NoteId id : ids)
        if (auto n = m_collection.note(id))
            result.push_back(*n);
    return result;
}

void BrowserActions::changeCards(const QString &label, const std::function<bool(Card &)> &change)
{
    UndoStep step{label, {}, {}};
    QString error;
    {
        Collection::Transaction tx(m_collection);
        const qint64 now = m_clock.now().toSecsSinceEpoch();
        for (Card card : selectedCards()) {
            const Card before = card;
            if (!change(card))
                continue;
            card.modifiedSecs = now;
            if (auto r = m_collection.updateCard(card); !r) {
                error = r.error().message;
                break;
            }
            step.cards.push_back(before);
        }
        if (error.isEmpty())
            if (auto r = tx.commit(); !r)
                error = r.error().message;
    }
    finishChange(label, std::move(step), error);
}

void BrowserActions::changeNotes(const QString &label, const std::function<bool(Note &)> &change)
{
    // The editor's unsaved typing first: the change then applies to it instead of being overwritten by it.
    if (m_editor->isModified())
        m_editor->commit();
    UndoStep step{label, {}, {}};
    QString error;
    {
        Collection::Transaction tx(m_collection);
        const qint64 now = m_clock.now().toSecsSinceEpoch();
        for (Note note : selectedNotes()) {
            const Note before = note;
            if (!change(note))
                continue;
            note.modifiedSecs = now;
            if (auto r = m_collection.updateNote(note); !r) {
                error = r.error().message;
                break;
            }
            step.notes.push_back(before);
        }
        if (error.isEmpty())
            if (auto r = tx.commit(); !r)
                error = r.error().message;
    }
    finishChange(label, std::move(step), error);
}

void BrowserActions::finishChange(const QString &label, UndoStep step, const QString &error)
{
    if (!error.isEmpty()) {
        // The transaction rolled back, so there is nothing to undo.
        QMessageBox::warning(m_window, tr("Browse"), error);
        return;
    }
    const size_t changed = step.cards.size() + step.notes.size();
    if (changed == 0) {
        emit statusMessage(tr("Nothing to change in the selection."), 4000);
        return;
    }
    m_undo.push_back(std::move(step));
    m_model->refreshRows();
    emit currentChanged();
    emit statusMessage(tr("%1: %2 changed. Ctrl+Z undoes it.").arg(label).arg(changed), 6000);
    emit collectionChanged();
}

void BrowserActions::undo()
{
    // Typing not yet saved is saved first, so it is what this undo takes back (and a later
    // redraw of the lower pane cannot write it over what the undo restored).
    if (m_editor->isModified())
        m_editor->commit();
    if (m_undo.empty()) {
        emit statusMessage(tr("Nothing to undo."), 4000);
        return;
    }
    UndoStep step = std::move(m_undo.back());
    m_undo.pop_back();
    if (step.noteEdit) {
        if (Result<void> r = NoteCards::undo(m_collection, *step.noteEdit); !r) {
            QMessageBox::warning(m_window, tr("Browse"), r.error().message);
            return;
        }
        m_model->refreshRows();
        emit currentChanged();
        emit decksOrTagsChanged();
        emit statusMessage(tr("Undone: %1").arg(step.label), 6000);
        emit collectionChanged();
        return;
    }
    if (step.deleted) {
        // The notes, their cards and the answer-undo records the deletion cleared.
        if (Result<void> r = m_collection.restoreNotes(step.removal); !r) {
            QMessageBox::warning(m_window, tr("Browse"), r.error().message);
            return;
        }
    } else {
        Collection::Transaction tx(m_collection);
        for (const Note &n : step.notes)
            if (Result<void> r = m_collection.updateNote(n); !r) {
                QMessageBox::warning(m_window, tr("Browse"), r.error().message);
                return;
            }
        for (const Card &c : step.cards)
            if (Result<void> r = m_collection.updateCard(c); !r) {
                QMessageBox::warning(m_window, tr("Browse"), r.error().message);
                return;
            }
        if (auto r = tx.commit(); !r) {
            QMessageBox::warning(m_window, tr("Browse"), r.error().message);
            return;
        }
    }
    if (step.deleted)
        emit resultsChanged();
    else
        m_model->refreshRows();
    emit currentChanged();
    emit decksOrTagsChanged();
    emit statusMessage(tr("Undone: %1").arg(step.label), 6000);
    emit collectionChanged();
}

void BrowserActions::noteSaved(const NoteChange &change)
{
    UndoStep step{tr("Edit Note"), {}, {}};
    step.noteEdit = change;
    m_undo.push_back(std::move(step));
    m_model->refreshRows();
    if (!change.cardsAdded.empty())
        emit resultsChanged();   // the note has new cards (a branch, layer or cloze added): new rows
    emit decksOrTagsChanged();
    emit statusMessage(tr("Note saved. Ctrl+Z undoes it."), 6000);
    emit collectionChanged();
}

void BrowserActions::setSuspended(bool suspended)
{
    changeCards(suspended ? tr("Suspend") : tr("Unsuspend"), [suspended](Card &c) {
        const CardQueue wanted = suspended ? CardQueue::Suspended : CardQueue::Normal;
        if (c.queue == wanted || (!suspended && c.queue != CardQueue::Suspended))
            return false;
        c.queue = wanted;
        return true;
    });
}

void BrowserActions::setBuried(bool buried)
{
    const int tomorrow = int(searchContext().today) + 1;
    changeCards(buried ? tr("Bury") : tr("Unbury"), [buried, tomorrow](Card &c) {
        const bool isBuried = c.queue == CardQueue::ManuallyBuried || c.queue == CardQueue::SiblingBuried;
        if (buried) {
            if (c.queue != CardQueue::Normal)
                return false;   // a suspended card stays suspended
            c.queue = CardQueue::ManuallyBuried;
            c.buriedUntilDay = tomorrow;
            return true;
        }
        if (!isBuried)
            return false;
        c.queue = CardQueue::Normal;
        c.buriedUntilDay = 0;
        return true;
    });
}

void BrowserActions::resetToNew()
{
    // After the last new card: the search's Due order lists new cards first, highest position first.
    qint64 next = 0;
    auto newest = CardSearch(m_collection.database())
                      .cards(*SearchParser::parse(QStringLiteral("is:new")), searchContext(), SearchOrder::Due, true);
    if (newest && !newest->empty())
        if (auto c = m_collection.card(newest->front()); c && std::holds_alternative<NewState>(c->state))
            next = std::get<NewState>(c->state).position + 1;
    changeCards(tr("Reset to New"), [&next](Card &c) {
        if (std::holds_alternative<NewState>(c.state))
            return false;
        c.state = NewState{next++};
        c.reps = 0;
        if (c.queue != CardQueue::Suspended)
            c.queue = CardQueue::Normal;
        c.buriedUntilDay = 0;
        return true;
    });
}

void BrowserActions::deleteNotes()
{
    if (m_editor->isModified())
        m_editor->commit();
    UndoStep step{tr("Delete"), {}, {}, true};
    std::vector<NoteId> ids;
    for (const Note &n : selectedNotes())
        ids.push_back(n.id);
    if (ids.empty())
        return;
    auto removal = m_collection.removeNotesUndoable(ids);
    if (!removal) {
        QMessageBox::warning(m_window, tr("Browse"), removal.error().message);
        return;
    }
    step.removal = std::move(*removal);
    const int count = int(ids.size());
    m_undo.push_back(std::move(step));
    emit resultsChanged();
    emit decksOrTagsChanged();
    emit statusMessage(tr("%1 notes deleted. Ctrl+Z brings them back.").arg(count), 6000);
    emit collectionChanged();
}

void BrowserActions::setDueInDays(int days, bool setInterval)
{
    const qint64 dueDay = searchContext().today + days;
    const int interval = qMax(1, days);
    changeCards(tr("Set Due Date"), [&](Card &c) {
        ReviewState review;
        if (const auto *r = std::get_if<ReviewState>(&c.state))
            review = *r;
        else if (const auto *rl = std::get_if<RelearningState>(&c.state))
            review = rl->review;
        else
            review.intervalDays = interval;   // new or learning: the ease stays the default 250%
        if (setInterval)
            review.intervalDays = interval;
        review.dueDay = dueDay;
        c.state = review;
        if (c.queue != CardQueue::Suspended)
            c.queue = CardQueue::Normal;
        return true;
    });
}

void BrowserActions::moveToDeck(const QString &deckName)
{
    auto deck = m_collection.ensureDeck(deckName);
    if (!deck) {
        QMessageBox::warning(m_window, tr("Browse"), deck.error().message);
        return;
    }
    const DeckId id = deck->id;
    changeCards(tr("Change Deck"), [id](Card &c) {
        if (c.deckId == id)
            return false;
        c.deckId = id;
        return true;
    });
    emit decksOrTagsChanged();
}

void BrowserActions::addTags(const QStringList &tags)
{
    changeNotes(tr("Add Tags"), [tags](Note &n) {
        bool changed = false;
        for (const QString &t : tags)
            if (!n.tags.contains(t, Qt::CaseInsensitive)) {
                n.tags << t;
                changed = true;
            }
        return changed;
    });
    emit decksOrTagsChanged();
}

void BrowserActions::removeTags(const QStringList &tags)
{
    changeNotes(tr("Remove Tags"), [tags](Note &n) {
        const int before = n.tags.size();
        for (const QString &t : tags)
            n.tags.erase(std::remove_if(n.tags.begin(), n.tags.end(),
                                        [&t](const QString &x) { return x.compare(t, Qt::CaseInsensitive) == 0; }),
                         n.tags.end());
        return n.tags.size() != before;
    });
    emit decksOrTagsChanged();
}

void BrowserActions::setFlag(int flag)
{
    changeCards(flag ? tr("Flag") : tr("Remove Flag"), [flag](Card &c) {
        if ((c.flags & 7) == flag)
            return false;
        c.flags = (c.flags & ~7) | flag;
        return true;
    });
}

bool BrowserActions::findAndReplace(const QString &find, const QString &replacement, bool regex, bool ignoreCase,
                                   const QString &field)
{
    QRegularExpression re(regex ? find : QRegularExpression::escape(find),
                          ignoreCase ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
    if (find.isEmpty() || !re.isValid()) {
        QMessageBox::warning(m_window, tr("Find and Replace"),
                             find.isEmpty() ? tr("Type the text to find.") : tr("The pattern is not valid: %1").arg(re.errorString()));
        return false;
    }
    std::map<NotetypeId, QStringList> fieldNames;
    changeNotes(tr("Find and Replace"), [&](Note &n) {
        if (!fieldNames.count(n.notetypeId)) {
            auto nt = m_collection.notetype(n.notetypeId);
            fieldNames.emplace(n.notetypeId, nt ? nt->fieldNames : QStringList());
        }
        const QStringList &names = fieldNames.at(n.notetypeId);
        bool changed = false;
        for (int i = 0; i < n.fields.size(); ++i) {
            if (!field.isEmpty() && (i >= names.size() || names.at(i).compare(field, Qt::CaseInsensitive) != 0))
                continue;
            const QString after = QString(n.fields.at(i)).replace(re, replacement);
            if (after != n.fields.at(i)) {
                n.fields[i] = after;
                changed = true;
            }
        }
        return changed;
    });
    return true;
}

} // namespace debrief
