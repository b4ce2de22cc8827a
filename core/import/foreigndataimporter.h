#pragma once

#include "import/foreigndata.h"
#include "model/note.h"
#include "import/importresult.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace debrief {

class Collection;
class MediaStager;

// The one writer of every importer (text, Mnemosyne, Anki packages, Debrief deck files): writes
// ForeignData into a collection. Resolves or creates notetypes and decks, matches existing notes
// by GUID (else, for text, by notetype + first field, so importing the same file again updates
// instead of duplicating), applies the update policy and the data's merge rules, creates cards
// with their scheduling, keeps review history, copies media and retires notes a deck file lost.
// It owns the transaction: everything is written in one (joining the caller's, if any), so a
// failed or cancelled import writes nothing; media are staged first and moved into the media
// folder only after the commit.
class ForeignDataImporter {
public:
    ForeignDataImporter(Collection &collection, const ImportOptions &options, QDateTime now);

    // Writes and commits. Appends counts and warnings to `result`; on an Error (a failure of the
    // collection, a media file that cannot be read, or Cancelled) nothing was written, the counts
    // are zero, and the caller reports the error once through importIssueKind().
    Result<void> write(const ForeignData &data, ImportResult &result, const ProgressFn &progress,
                       const QString &fileName);

    // The first-field key used for duplicate matching: DuplicateKey::of (tags stripped but media
    // file names kept), shared with the editor's duplicate warning.
    static QString firstFieldKey(const QString &html);
    // Distinct cloze numbers ≥ 1 in `fields` ({{c1::…}}, {{c1,2::…}}), sorted, capped at 499 like Anki.
    static std::vector<int> clozeNumbers(const QStringList &fields);
    // NotetypeMatch::Builtin: the collection's Debrief notetype named like `definition` (fields
    // added to the kind since appended), or `definition` added. Also for notes added by hand.
    static Result<Notetype> ensureBuiltinNotetype(Collection &collection, const Notetype &definition);

private:
    Result<void> stageMedia(const ForeignData &data, MediaStager &media, ImportResult &result,
                            const QString &fileName);
    Result<void> writeNotes(const ForeignData &data, ImportResult &result, const ProgressFn &progress,
                            const QString &fileName);
    Result<std::optional<Notetype>> resolveNotetype(const ForeignNote &src, const ForeignData &data);
    Result<std::optional<Notetype>> notetypeByName(const QString &name, const ForeignData &data);
    Result<Notetype> placeBySchema(const Notetype &incoming);
    Result<DeckId> resolveDeck(const QString &name, const ForeignData &data, ImportResult &result);
    Result<std::optional<NoteId>> noteByFirstField(NotetypeId notetype, const QString &key);
    // Adds the cards `note` lacks (and, for exact card sets, suspends or brings back the others);
    // true when a card was added or changed.
    Result<bool> syncCards(const Notetype &nt, const Note &note, const ForeignNote &src,
                           const ForeignData &data, const std::vector<Card> &existing, bool wasRetired,
                           ImportResult &result);
    Result<void> addReviews(ImportResult &result);
    Result<void> retireMissing(const ForeignData &data, ImportResult &result);

    Collection &m_c;
    ImportOptions m_options;
    QDateTime m_now;
    qint64 m_nextPosition = 0;
    QHash<QString, std::optional<Notetype>> m_notetypes;   // by lower-case name
    QHash<int, std::optional<Notetype>> m_placed;          // by index into ForeignData::notetypes
    QHash<QString, DeckId> m_decks;
    QHash<QString, const ForeignDeck *> m_deckInfo;
    QHash<NotetypeId, QHash<QString, NoteId>> m_firstFields;   // loaded per notetype on first use
    QHash<QString, QString> m_renamed;   // media name in the notes -> the name it was stored under
    std::vector<ReviewLogEntry> m_reviews;   // of the cards added, written oldest first at the end
    QSet<QString> m_guids;               // GUIDs of the source, for RetireRule
};

} // namespace debrief
