#include "import/foreigndataimporter.h"

#include "model/duplicatekey.h"
#include "model/stocknotetypes.h"
#include "storage/collection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace debrief {

namespace {

// Marks user-facing messages for lupdate under the ForeignDataImporter context.
QString tr(const char *s) { return QCoreApplication::translate("ForeignDataImporter", s); }

QString where(const QString &fileName, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(fileName).arg(line) : fileName;
}

bool isBlankField(const QString &html)
{
    // Compiled once: building a QRegularExpression per field cost most of a 10,000-row import.
    static const QRegularExpression filler(QStringLiteral("<br\\s*/?>|</?div>|&nbsp;"), QRegularExpression::CaseInsensitiveOption);
    QString s = html;
    s.remove(filler);
    return s.trimmed().isEmpty();
}

} // namespace

ForeignDataImporter::ForeignDataImporter(Collection &collection, const ImportOptions &options, QDateTime now)
    : m_c(collection), m_options(options), m_now(std::move(now))
{
}

QString ForeignDataImporter::firstFieldKey(const QString &html)
{
    return DuplicateKey::of(html);
}

Result<std::optional<NoteId>> ForeignDataImporter::noteByFirstField(NotetypeId notetype, const QString &key)
{
    auto it = m_firstFields.find(notetype);
    if (it == m_firstFields.end()) {
        // Read the notetype's first fields once per import; the oldest note wins a clash.
        auto fields = m_c.firstFields(notetype);
        if (!fields)
            return fields.error();
        QHash<QString, NoteId> map;
        for (const auto &[id, first] : *fields) {
            const QString k = firstFieldKey(first);
            if (!map.contains(k))
                map.insert(k, id);
        }
        it = m_firstFields.insert(notetype, map);
    }
    auto found = it->constFind(key);
    if (found == it->constEnd())
        return std::optional<NoteId>();
    return std::optional<NoteId>(*found);
}

std::vector<int> ForeignDataImporter::clozeNumbers(const QStringList &fields)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{c(\\d+(?:,\\d+)*)::"));
    QSet<int> seen;
    for (const QString &f : fields) {
        auto it = re.globalMatch(f);
        while (it.hasNext()) {
            const auto m = it.next();
            for (const QString &n : m.captured(1).split(QLatin1Char(','))) {
                const int v = n.toInt();
                if (v >= 1)
                    seen.insert(std::min(v, 499));
            }
        }
    }
    std::vector<int> out(seen.begin(), seen.end());
    std::sort(out.begin(), out.end());
    return out;
}

Result<std::optional<Notetype>> ForeignDataImporter::resolveNotetype(const QString &name, const ForeignData &data)
{
    const QString key = name.toLower();
    auto cached = m_notetypes.constFind(key);
    if (cached != m_notetypes.constEnd())
        return *cached;

    auto found = m_c.notetypeByName(name);
    if (!found)
        return found.error();
    std::optional<Notetype> nt = *found;
    if (!nt) {
        bool isId = false;
        const qint64 id = name.toLongLong(&isId);
        if (isId) {
            auto byId = m_c.notetype(id);
            if (byId)
                nt = *byId;
        }
    }
    if (!nt) {
        std::optional<Notetype> def;
        for (const Notetype &t : data.notetypes)
            if (t.name.compare(name, Qt::CaseInsensitive) == 0)
                def = t;
        if (!def && key == QLatin1String("basic"))
            def = StockNotetypes::basic();
        if (!def && key == QLatin1String("cloze"))
            def = StockNotetypes::cloze();
        if (def) {
            def->id = 0;
            def->modifiedSecs = m_now.toSecsSinceEpoch();
            auto added = m_c.addNotetype(*def);
            if (!added)
                return added.error();
            nt = *added;
        }
    }
    m_notetypes.insert(key, nt);
    return nt;
}

Result<DeckId> ForeignDataImporter::resolveDeck(const QString &name)
{
    auto cached = m_decks.constFind(name);
    if (cached != m_decks.constEnd())
        return *cached;
    bool isId = false;
    const qint64 id = name.toLongLong(&isId);
    if (isId) {
        auto byId = m_c.deck(id);
        if (byId) {
            m_decks.insert(name, byId->id);
            return byId->id;
        }
    }
    auto existing = m_c.deckByName(name);
    if (!existing)
        return existing.error();
    auto d = existing->has_value() ? Result<Deck>(**existing) : m_c.ensureDeck(name);
    if (!d)
        return d.error();
    m_decks.insert(name, d->id);
    return d->id;
}

Result<void> ForeignDataImporter::addCards(const Notetype &nt, const Note &note, DeckId deck, const ForeignNote &src,
                                           const std::vector<Card> &existing, ImportResult &result)
{
    std::vector<int> ords;
    if (nt.kind == NotetypeKind::Cloze) {
        for (int n : clozeNumbers(note.fields))
            ords.push_back(n - 1);
    } else {
        for (int i = 0; i < int(nt.templates.size()); ++i)
            ords.push_back(i);
    }
    // Cards the source brought keep their scheduling; the rest of the ords get new cards.
    std::vector<const ForeignCard *> given(ords.empty() ? 0 : size_t(*std::max_element(ords.begin(), ords.end())) + 1, nullptr);
    for (const ForeignCard &fc : src.cards)
        if (fc.ord >= 0 && fc.ord < int(given.size()) && !given[size_t(fc.ord)])
            given[size_t(fc.ord)] = &fc;
    for (int ord : ords) {
        const bool have = std::any_of(existing.begin(), existing.end(), [ord](const Card &c) { return c.ord == ord; });
        if (have)
            continue;
        Card card;
        card.noteId = note.id;
        card.deckId = deck;
        card.ord = ord;
        card.modifiedSecs = m_now.toSecsSinceEpoch();
        const ForeignCard *fc = given[size_t(ord)];
        if (fc && !m_options.scheduleAsNew) {
            card.state = fc->state;
            card.queue = fc->queue;
            card.reps = fc->reps;
        } else {
            card.state = NewState{m_nextPosition++};
            if (fc)
                card.queue = fc->queue == CardQueue::Suspended ? CardQueue::Suspended : CardQueue::Normal;
        }
        auto added = m_c.addCard(card);
        if (!added)
            return added.error();
        ++result.counts.cardsAdded;
        if (fc && !m_options.scheduleAsNew) {
            for (ReviewLogEntry log : fc->reviews) {
                log.cardId = added->id;
                auto r = m_c.addReviewLog(log);
                if (!r)
                    return r.error();
                ++result.counts.reviewsAdded;
            }
        }
    }
    return {};
}

Result<void> ForeignDataImporter::write(const ForeignData &data, ImportResult &result, const ProgressFn &progress,
                                        const QString &fileName)
{
    Collection::Transaction tx(m_c);
    Result<void> written = writeNotes(data, result, progress, fileName);
    if (written) {
        if (Result<void> r = tx.commit(); !r)
            written = makeError(r.error().kind, QStringLiteral("%1: %2").arg(fileName, r.error().message));
    }
    if (!written)
        result.counts = ImportCounts();   // rolled back: nothing of it stays
    return written;
}

Result<void> ForeignDataImporter::writeNotes(const ForeignData &data, ImportResult &result, const ProgressFn &progress,
                                             const QString &fileName)
{
    // Says which file and row a failure of the collection happened at.
    auto fail = [&](const Error &e, int line) {
        return makeError(e.kind, QStringLiteral("%1: %2").arg(where(fileName, line), e.message));
    };
    if (auto cards = m_c.count(QStringLiteral("cards")))
        m_nextPosition = *cards + 1;

    const qint64 total = qint64(data.notes.size());
    qint64 done = 0;
    for (const ForeignNote &src : data.notes) {
        if (progress && (done % 64) == 0 && !progress(done, total))
            return makeError(Error::Kind::Cancelled, tr("%1: import cancelled; nothing was changed").arg(fileName));
        ++done;
        const QString ntName = src.notetype.isEmpty() ? data.defaultNotetype : src.notetype;
        auto ntRes = resolveNotetype(ntName, data);
        if (!ntRes)
            return fail(ntRes.error(), src.line);
        if (!ntRes->has_value()) {
            result.addWarning(ImportIssue::Kind::MissingField,
                              tr("%1: notetype '%2' does not exist; row skipped").arg(where(fileName, src.line), ntName),
                              src.line);
            ++result.counts.notesSkipped;
            continue;
        }
        const Notetype &nt = **ntRes;
        QStringList fields = src.fields;
        while (fields.size() < nt.fieldNames.size())
            fields << QString();
        while (fields.size() > nt.fieldNames.size())
            fields.removeLast();
        if (fields.isEmpty() || isBlankField(fields.first())) {
            result.addWarning(ImportIssue::Kind::MissingField,
                              tr("%1: empty first field; row skipped").arg(where(fileName, src.line)), src.line);
            ++result.counts.notesSkipped;
            continue;
        }
        const QString deckName = src.deck.isEmpty() ? data.defaultDeck : src.deck;
        auto deck = resolveDeck(deckName);
        if (!deck)
            return fail(deck.error(), src.line);

        const QString key = firstFieldKey(fields.first());
        Result<std::optional<Note>> existing = std::optional<Note>();
        if (!src.guid.isEmpty())
            existing = m_c.noteByGuid(src.guid);
        if (existing && !existing->has_value() && data.matchFirstField) {
            auto id = noteByFirstField(nt.id, key);
            if (!id)
                return fail(id.error(), src.line);
            if (id->has_value()) {
                auto n = m_c.note(**id);
                if (!n)
                    return fail(n.error(), src.line);
                existing = std::optional<Note>(*n);
            }
        }
        if (!existing)
            return fail(existing.error(), src.line);

        if (existing->has_value()) {
            Note note = **existing;
            if (note.notetypeId != nt.id) {
                result.addWarning(ImportIssue::Kind::Duplicate,
                                  tr("%1: a note with GUID %2 exists with another notetype; row skipped")
                                      .arg(where(fileName, src.line), src.guid), src.line);
                ++result.counts.notesSkipped;
                continue;
            }
            QStringList tags = note.tags;
            for (const QString &t : src.tags)
                if (!tags.contains(t))
                    tags << t;
            auto cards = m_c.cardsOfNote(note.id);
            if (!cards)
                return fail(cards.error(), src.line);
            if (note.fields == fields && note.tags == tags) {
                ++result.counts.notesUnchanged;
            } else {
                bool apply = false;
                switch (m_options.update) {
                case UpdatePolicy::Always: apply = true; break;
                case UpdatePolicy::Never: apply = false; break;
                // A source without modification times (text files) counts as newer.
                case UpdatePolicy::IfNewer: apply = src.modifiedSecs == 0 || src.modifiedSecs > note.modifiedSecs; break;
                }
                if (!apply) {
                    ++result.counts.notesSkipped;
                    continue;
                }
                note.fields = fields;
                note.tags = tags;
                note.modifiedSecs = src.modifiedSecs ? src.modifiedSecs : m_now.toSecsSinceEpoch();
                if (auto r = m_c.updateNote(note); !r)
                    return fail(r.error(), src.line);
                ++result.counts.notesUpdated;
            }
            if (auto r = addCards(nt, note, *deck, src, *cards, result); !r)
                return fail(r.error(), src.line);
            continue;
        }

        Note note;
        note.guid = src.guid;   // empty: addNote assigns one
        note.notetypeId = nt.id;
        note.fields = fields;
        note.tags = src.tags;
        note.tags.removeDuplicates();
        note.modifiedSecs = src.modifiedSecs ? src.modifiedSecs : m_now.toSecsSinceEpoch();
        auto added = m_c.addNote(note);
        if (!added)
            return fail(added.error(), src.line);
        ++result.counts.notesAdded;
        if (data.matchFirstField)
            m_firstFields[nt.id].insert(key, added->id);   // later rows of this file match it too
        const int before = result.counts.cardsAdded;
        if (auto r = addCards(nt, *added, *deck, src, {}, result); !r)
            return fail(r.error(), src.line);
        if (result.counts.cardsAdded == before)
            result.addWarning(ImportIssue::Kind::MissingField,
                              tr("%1: the note makes no cards (a cloze note without {{c1::…}}?)").arg(where(fileName, src.line)),
                              src.line);
    }
    if (progress && !progress(total, total))
        return makeError(Error::Kind::Cancelled, tr("%1: import cancelled; nothing was changed").arg(fileName));
    return {};
}

} // namespace debrief
