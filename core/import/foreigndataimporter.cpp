#include "import/foreigndataimporter.h"

#include "import/mediarefs.h"
#include "import/mediastager.h"
#include "model/duplicatekey.h"
#include "model/stocknotetypes.h"
#include "storage/collection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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

bool sameTags(const QStringList &a, const QStringList &b)
{
    if (a == b)   // the usual case on a re-import; sorting copies is the slow path
        return true;
    if (a.size() != b.size())
        return false;
    QStringList x = a, y = b;
    x.sort();
    y.sort();
    return x == y;
}

// Tags the scheduler or the user put on a note, which a deck update keeps.
bool isOwnMark(const QString &tag)
{
    return tag.compare(QLatin1String("leech"), Qt::CaseInsensitive) == 0
        || tag.compare(QLatin1String("marked"), Qt::CaseInsensitive) == 0;
}

QStringList mergedTags(TagMerge rule, const QStringList &note, const QStringList &source)
{
    QStringList out = rule == TagMerge::Union ? note : source;
    const QStringList &more = rule == TagMerge::Union ? source : note;
    for (const QString &t : more)
        if ((rule == TagMerge::Union || (rule == TagMerge::ReplaceKeepingMarks && isOwnMark(t))) && !out.contains(t))
            out << t;
    return out;
}

// Anki's notetype identity: kind, field names and template names (not their text).
bool sameSchema(const Notetype &a, const Notetype &b)
{
    if (a.kind != b.kind || a.fieldNames != b.fieldNames || a.templates.size() != b.templates.size())
        return false;
    for (size_t i = 0; i < a.templates.size(); ++i)
        if (a.templates[i].name != b.templates[i].name)
            return false;
    return true;
}

QString schemaSuffix(const Notetype &nt)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(nt.fieldNames.join(QChar(0x1f)).toUtf8());
    for (const auto &t : nt.templates)
        h.addData(t.name.toUtf8() + '\x1f');
    h.addData(QByteArray::number(int(nt.kind)));
    return QString::fromLatin1(h.result().toHex().left(5));
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

Result<Notetype> ForeignDataImporter::ensureBuiltinNotetype(Collection &collection, const Notetype &definition)
{
    auto found = collection.notetypeByName(definition.name);
    if (!found)
        return found.error();
    if (found->has_value() && (*found)->markdownFields) {
        // Collections made before a kind gained fields (pair Model, the rubric Points) get them
        // appended: earlier fields keep their positions, so existing notes and cards read the same.
        Notetype nt = **found;
        const QStringList &wanted = definition.fieldNames;
        if (nt.fieldNames != wanted && wanted.mid(0, nt.fieldNames.size()) == nt.fieldNames) {
            nt.fieldNames = wanted;
            if (Result<void> updated = collection.updateNotetype(nt); !updated)
                return updated.error();
        }
        return nt;
    }
    Notetype fresh = definition;
    fresh.id = 0;
    return collection.addNotetype(fresh);
}

Result<Notetype> ForeignDataImporter::placeBySchema(const Notetype &incoming)
{
    const QString names[2] = {incoming.name, incoming.name + QLatin1Char('-') + schemaSuffix(incoming)};
    for (const QString &name : names) {
        auto existing = m_c.notetypeByName(name);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            continue;
        Notetype nt = **existing;
        if (!sameSchema(nt, incoming))
            continue;
        const bool newer = incoming.modifiedSecs > nt.modifiedSecs;
        const bool update = m_options.update == UpdatePolicy::Always || (m_options.update == UpdatePolicy::IfNewer && newer);
        if (update) {
            bool changed = nt.css != incoming.css || nt.sortFieldIndex != incoming.sortFieldIndex;
            for (size_t i = 0; i < nt.templates.size(); ++i)
                changed = changed || nt.templates[i].questionFormat != incoming.templates[i].questionFormat
                    || nt.templates[i].answerFormat != incoming.templates[i].answerFormat;
            if (changed) {
                nt.templates = incoming.templates;
                nt.css = incoming.css;
                nt.sortFieldIndex = incoming.sortFieldIndex;
                nt.modifiedSecs = incoming.modifiedSecs;
                if (Result<void> ok = m_c.updateNotetype(nt); !ok)
                    return ok.error();
            }
        }
        return nt;
    }
    Notetype fresh = incoming;
    fresh.id = 0;
    fresh.markdownFields = false;
    auto clash = m_c.notetypeByName(incoming.name);
    if (!clash)
        return clash.error();
    if (clash->has_value())
        fresh.name = names[1];
    return m_c.addNotetype(fresh);
}

Result<std::optional<Notetype>> ForeignDataImporter::resolveNotetype(const ForeignNote &src, const ForeignData &data)
{
    const int index = src.notetypeIndex;
    if (index < 0 || index >= int(data.notetypes.size()))
        return notetypeByName(src.notetype.isEmpty() ? data.defaultNotetype : src.notetype, data);
    auto cached = m_placed.constFind(index);
    if (cached != m_placed.constEnd())
        return *cached;
    const Notetype &def = data.notetypes[size_t(index)];
    std::optional<Notetype> placed;
    switch (data.notetypeMatch) {
    case NotetypeMatch::ByName: {
        auto nt = notetypeByName(def.name, data);
        if (!nt)
            return nt.error();
        placed = *nt;
        break;
    }
    case NotetypeMatch::BySchema: {
        auto nt = placeBySchema(def);
        if (!nt)
            return nt.error();
        placed = *nt;
        break;
    }
    case NotetypeMatch::Builtin: {
        auto nt = ensureBuiltinNotetype(m_c, def);
        if (!nt)
            return nt.error();
        placed = *nt;
        break;
    }
    }
    m_placed.insert(index, placed);
    return placed;
}

Result<std::optional<Notetype>> ForeignDataImporter::notetypeByName(const QString &name, const ForeignData &data)
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

Result<DeckId> ForeignDataImporter::resolveDeck(const QString &name, const ForeignData &data, ImportResult &result)
{
    auto cached = m_decks.constFind(name);
    if (cached != m_decks.constEnd())
        return *cached;
    if (data.deckNamesMayBeIds) {
        bool isId = false;
        const qint64 id = name.toLongLong(&isId);
        if (isId) {
            auto byId = m_c.deck(id);
            if (byId) {
                m_decks.insert(name, byId->id);
                return byId->id;
            }
        }
    }
    auto existing = m_c.deckByName(name);
    if (!existing)
        return existing.error();
    auto d = existing->has_value() ? Result<Deck>(**existing) : m_c.ensureDeck(name);
    if (!d)
        return d.error();
    if (!existing->has_value())
        ++result.counts.decksAdded;
    if (const ForeignDeck *info = m_deckInfo.value(name); info && !info->description.isEmpty()
        && (info->replaceDescription || !existing->has_value()) && d->description != info->description) {
        Deck changed = *d;
        changed.description = info->description;
        if (Result<void> ok = m_c.updateDeck(changed); !ok)
            return ok.error();
    }
    m_decks.insert(name, d->id);
    return d->id;
}

Result<bool> ForeignDataImporter::syncCards(const Notetype &nt, const Note &note, const ForeignNote &src,
                                            const ForeignData &data, const std::vector<Card> &existing, bool wasRetired,
                                            ImportResult &result)
{
    std::vector<int> ords;
    if (data.cards != CardSet::Generated) {
        for (const ForeignCard &fc : src.cards)
            if (fc.ord >= 0 && std::find(ords.begin(), ords.end(), fc.ord) == ords.end())
                ords.push_back(fc.ord);
    } else if (nt.kind == NotetypeKind::Cloze) {
        for (int n : clozeNumbers(note.fields))
            ords.push_back(n - 1);
    } else {
        for (int i = 0; i < int(nt.templates.size()); ++i)
            ords.push_back(i);
    }
    bool changed = false;
    if (data.cards == CardSet::Exact) {
        for (Card card : existing) {
            const bool wanted = std::find(ords.begin(), ords.end(), card.ord) != ords.end();
            if (!wanted && card.queue != CardQueue::Suspended) {
                // The branch, layer or cloze this card asked about is gone; keep its history.
                card.queue = CardQueue::Suspended;
            } else if (wanted && wasRetired && card.queue == CardQueue::Suspended) {
                card.queue = CardQueue::Normal;   // the note came back: so do its cards
            } else {
                continue;
            }
            if (Result<void> r = m_c.updateCard(card); !r)
                return r.error();
            changed = true;
        }
    }
    for (int ord : ords) {
        const bool have = std::any_of(existing.begin(), existing.end(), [ord](const Card &c) { return c.ord == ord; });
        if (have)
            continue;
        const auto given = std::find_if(src.cards.begin(), src.cards.end(), [ord](const ForeignCard &c) { return c.ord == ord; });
        const ForeignCard *fc = given != src.cards.end() ? &*given : nullptr;
        Card card;
        card.noteId = note.id;
        // Decks are looked up (and created) only for cards that are added.
        const QString &deckName = fc && !fc->deck.isEmpty() ? fc->deck : src.deck.isEmpty() ? data.defaultDeck : src.deck;
        auto deck = resolveDeck(deckName, data, result);
        if (!deck)
            return deck.error();
        card.deckId = *deck;
        card.ord = ord;
        card.modifiedSecs = fc && fc->modifiedSecs ? fc->modifiedSecs : m_now.toSecsSinceEpoch();
        const bool keepScheduling = fc && !fc->newAtNextPosition && !m_options.scheduleAsNew;
        if (keepScheduling) {
            card.state = fc->state;
            card.queue = fc->queue;
            card.reps = fc->reps;
        } else {
            card.state = NewState{m_nextPosition++};
            if (fc)
                card.queue = fc->queue == CardQueue::Suspended ? CardQueue::Suspended : CardQueue::Normal;
        }
        if (fc)
            card.flags = fc->flags & 7;
        auto added = m_c.addCard(card);
        if (!added)
            return added.error();
        ++result.counts.cardsAdded;
        changed = true;
        if (keepScheduling)
            for (ReviewLogEntry log : fc->reviews) {
                log.cardId = added->id;
                m_reviews.push_back(log);
            }
    }
    return changed;
}

Result<void> ForeignDataImporter::addReviews(ImportResult &result)
{
    // The collection hands out review ids in increasing order (an older one is moved past the
    // newest), so history goes in oldest first across all cards, keeping its timestamps.
    std::stable_sort(m_reviews.begin(), m_reviews.end(),
                     [](const ReviewLogEntry &a, const ReviewLogEntry &b) { return a.id < b.id; });
    for (const ReviewLogEntry &log : m_reviews) {
        if (auto r = m_c.addReviewLog(log); !r)
            return r.error();
        ++result.counts.reviewsAdded;
    }
    return {};
}

Result<void> ForeignDataImporter::retireMissing(const ForeignData &data, ImportResult &result)
{
    const RetireRule &rule = *data.retire;
    auto deck = resolveDeck(rule.deck, data, result);
    if (!deck)
        return deck.error();
    auto inDeck = m_c.noteIdsInDecks({*deck});
    if (!inDeck)
        return inDeck.error();
    for (NoteId id : *inDeck) {
        auto note = m_c.note(id);
        if (!note)
            return note.error();
        if (!note->guid.startsWith(rule.guidPrefix) || m_guids.contains(note->guid) || note->tags.contains(rule.tag))
            continue;
        auto cards = m_c.cardsOfNote(id);
        if (!cards)
            return cards.error();
        for (Card card : *cards) {
            if (card.queue != CardQueue::Suspended) {
                card.queue = CardQueue::Suspended;
                if (Result<void> r = m_c.updateCard(card); !r)
                    return r;
            }
        }
        Note n = *note;
        n.tags << rule.tag;
        if (Result<void> r = m_c.updateNote(n); !r)
            return r;
        ++result.counts.notesRetired;
    }
    return {};
}

Result<void> ForeignDataImporter::stageMedia(const ForeignData &data, MediaStager &media, ImportResult &result,
                                             const QString &fileName)
{
    QSet<QString> refs;
    if (data.onlyReferencedMedia)
        for (const ForeignNote &n : data.notes)
            for (const QString &f : n.fields)
                MediaRefs::collect(f, refs);
    QSet<QString> names;
    for (const ForeignMedia &m : data.media)
        names.insert(m.name);
    QHash<QString, QString> safeNameOwner;   // safe name -> the source name that got it first
    for (const ForeignMedia &m : data.media) {
        const QString &name = m.name;
        // Notes may spell a name in another Unicode normal form than the media list.
        const QString nfc = name.normalized(QString::NormalizationForm_C);
        if (data.onlyReferencedMedia && !MediaRefs::isStatic(name) && !refs.contains(name) && !refs.contains(nfc))
            continue;
        Result<QByteArray> bytes = m.read ? m.read() : Result<QByteArray>(QByteArray());
        if (!bytes)
            return makeError(bytes.error().kind, tr("%1: media file %2: %3").arg(fileName, name, bytes.error().message));
        const QString storeAs = m.storeAs.isEmpty() ? name : m.storeAs;
        const int before = media.stagedCount();
        auto staged = media.stage(storeAs, *bytes);
        if (!staged)
            return makeError(staged.error().kind, QStringLiteral("%1: %2").arg(fileName, staged.error().message));
        if (media.stagedCount() > before)
            ++result.counts.mediaAdded;
        const QString safe = MediaStager::safeName(storeAs);
        const auto owner = safeNameOwner.constFind(safe);
        if (safe != storeAs)
            result.addWarning(ImportIssue::Kind::Unsafe,
                              tr("%1: media file name \"%2\" (too long, not NFC or with direction controls) "
                                 "was changed to \"%3\", and the notes with it")
                                  .arg(fileName, storeAs, *staged));
        else if (owner != safeNameOwner.constEnd() && *owner != storeAs)
            result.addWarning(ImportIssue::Kind::Duplicate,
                              tr("%1: media files \"%2\" and \"%3\" are one name in different Unicode "
                                 "forms; the second was stored as \"%4\", and the notes with it")
                                  .arg(fileName, *owner, storeAs, *staged));
        if (owner == safeNameOwner.constEnd())
            safeNameOwner.insert(safe, storeAs);
        if (*staged != name)
            m_renamed.insert(name, *staged);
        if (nfc != name && *staged != nfc && !names.contains(nfc) && !m_renamed.contains(nfc))
            m_renamed.insert(nfc, *staged);
    }
    return {};
}

Result<void> ForeignDataImporter::write(const ForeignData &data, ImportResult &result, const ProgressFn &progress,
                                        const QString &fileName)
{
    // Media first, into a staging folder the collection does not see until the commit.
    MediaStager media(m_c);
    Result<void> written = stageMedia(data, media, result, fileName);
    if (written) {
        Collection::Transaction tx(m_c);
        written = writeNotes(data, result, progress, fileName);
        if (written) {
            if (Result<void> r = tx.commit(); !r)
                written = makeError(r.error().kind, QStringLiteral("%1: %2").arg(fileName, r.error().message));
        }
    }
    if (!written) {
        result.counts = ImportCounts();   // rolled back: nothing of it stays
        return written;
    }
    if (media.stagedCount() > 0)
        if (Result<void> moved = media.commit(); !moved)
            result.addWarning(ImportIssue::Kind::Internal, QStringLiteral("%1: %2").arg(fileName, moved.error().message));
    return {};
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
    for (const ForeignDeck &d : data.decks)
        m_deckInfo.insert(d.name, &d);
    if (data.retire)   // the deck a deck file describes exists even while it has no notes
        if (auto deck = resolveDeck(data.retire->deck, data, result); !deck)
            return fail(deck.error(), 0);

    const qint64 total = qint64(data.notes.size());
    qint64 done = 0;
    for (const ForeignNote &src : data.notes) {
        if (progress && (done % 64) == 0 && !progress(done, total))
            return makeError(Error::Kind::Cancelled, tr("%1: import cancelled; nothing was changed").arg(fileName));
        ++done;
        if (data.retire)
            m_guids.insert(src.guid);
        auto ntRes = resolveNotetype(src, data);
        if (!ntRes)
            return fail(ntRes.error(), src.line);
        if (!ntRes->has_value()) {
            const QString ntName = src.notetype.isEmpty() ? data.defaultNotetype : src.notetype;
            result.addWarning(ImportIssue::Kind::MissingField,
                              tr("%1: notetype '%2' does not exist; row skipped").arg(where(fileName, src.line), ntName),
                              src.line);
            ++result.counts.notesSkipped;
            continue;
        }
        const Notetype &nt = **ntRes;
        QStringList fields = src.fields;
        if (!m_renamed.isEmpty())
            for (QString &f : fields)
                f = MediaRefs::rewrite(f, m_renamed);
        while (fields.size() < nt.fieldNames.size())
            fields << QString();
        while (fields.size() > nt.fieldNames.size())
            fields.removeLast();
        if (data.skipEmptyFirstField && (fields.isEmpty() || isBlankField(fields.first()))) {
            result.addWarning(ImportIssue::Kind::MissingField,
                              tr("%1: empty first field; row skipped").arg(where(fileName, src.line)), src.line);
            ++result.counts.notesSkipped;
            continue;
        }
        const QString key = data.matchFirstField ? firstFieldKey(fields.value(0)) : QString();
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
            if (note.notetypeId != nt.id && !data.retypeExisting) {
                result.addWarning(ImportIssue::Kind::Duplicate,
                                  tr("%1: a note with GUID %2 exists with another notetype; row skipped")
                                      .arg(where(fileName, src.line), src.guid), src.line);
                ++result.counts.notesSkipped;
                continue;
            }
            const bool wasRetired = data.retire && note.tags.contains(data.retire->tag);
            const QStringList tags = mergedTags(data.tagMerge, note.tags, src.tags);
            auto cards = m_c.cardsOfNote(note.id);
            if (!cards)
                return fail(cards.error(), src.line);
            bool updated = false;
            if (note.fields != fields || !sameTags(note.tags, tags) || note.notetypeId != nt.id) {
                if (m_options.update == UpdatePolicy::Never) {
                    ++result.counts.notesSkipped;
                    continue;
                }
                // A source without modification times (text and deck files) counts as newer; an
                // older one leaves the note as the collection has it.
                const bool older = m_options.update == UpdatePolicy::IfNewer && src.modifiedSecs != 0
                    && src.modifiedSecs <= note.modifiedSecs;
                if (!older) {
                    note.fields = fields;
                    note.tags = tags;
                    note.notetypeId = nt.id;
                    note.modifiedSecs = src.modifiedSecs ? src.modifiedSecs : m_now.toSecsSinceEpoch();
                    if (auto r = m_c.updateNote(note); !r)
                        return fail(r.error(), src.line);
                    updated = true;
                }
            }
            auto cardsChanged = syncCards(nt, note, src, data, *cards, wasRetired, result);
            if (!cardsChanged)
                return fail(cardsChanged.error(), src.line);
            // A deck file's note whose card set changed was updated, too.
            if (updated || (data.cards == CardSet::Exact && *cardsChanged))
                ++result.counts.notesUpdated;
            else
                ++result.counts.notesUnchanged;
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
        if (auto r = syncCards(nt, *added, src, data, {}, false, result); !r)
            return fail(r.error(), src.line);
        if (result.counts.cardsAdded == before && data.cards == CardSet::Generated)
            result.addWarning(ImportIssue::Kind::MissingField,
                              tr("%1: the note makes no cards (a cloze note without {{c1::…}}?)").arg(where(fileName, src.line)),
                              src.line);
    }
    if (Result<void> r = addReviews(result); !r)
        return fail(r.error(), 0);
    if (data.retire)
        if (Result<void> r = retireMissing(data, result); !r)
            return fail(r.error(), 0);
    if (progress && !progress(total, total))
        return makeError(Error::Kind::Cancelled, tr("%1: import cancelled; nothing was changed").arg(fileName));
    return {};
}

} // namespace debrief
