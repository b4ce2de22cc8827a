#pragma once

#include "import/foreigndata.h"
#include "model/note.h"
#include "import/importresult.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace debrief {

class Collection;

// Writes ForeignData (from the text and Mnemosyne readers) into a collection: resolves or creates
// notetypes and decks, matches existing notes by GUID, else by notetype + first field (so
// importing the same file again updates instead of duplicating), applies the update policy,
// creates cards and keeps review history.
// It owns the transaction: everything is written in one (joining the caller's, if any), so a
// failed or cancelled import writes nothing.
class ForeignDataImporter {
public:
    ForeignDataImporter(Collection &collection, const ImportOptions &options, QDateTime now);

    // Writes and commits. Appends counts and warnings to `result`; on an Error (a failure of the
    // collection, or Cancelled) nothing was written, the counts are zero, and the caller reports
    // the error once through importIssueKind().
    Result<void> write(const ForeignData &data, ImportResult &result, const ProgressFn &progress,
                       const QString &fileName);

    // The first-field key used for duplicate matching: DuplicateKey::of (tags stripped but media
    // file names kept), shared with the editor's duplicate warning.
    static QString firstFieldKey(const QString &html);
    // Distinct cloze numbers ≥ 1 in `fields` ({{c1::…}}, {{c1,2::…}}), sorted, capped at 499 like Anki.
    static std::vector<int> clozeNumbers(const QStringList &fields);

private:
    Result<void> writeNotes(const ForeignData &data, ImportResult &result, const ProgressFn &progress,
                            const QString &fileName);
    Result<std::optional<Notetype>> resolveNotetype(const QString &name, const ForeignData &data);
    Result<DeckId> resolveDeck(const QString &name);
    Result<std::optional<NoteId>> noteByFirstField(NotetypeId notetype, const QString &key);
    Result<void> addCards(const Notetype &nt, const Note &note, DeckId deck, const ForeignNote &src,
                          const std::vector<Card> &existing, ImportResult &result);

    Collection &m_c;
    ImportOptions m_options;
    QDateTime m_now;
    qint64 m_nextPosition = 0;
    QHash<QString, std::optional<Notetype>> m_notetypes;   // by lower-case name
    QHash<QString, DeckId> m_decks;
    QHash<NotetypeId, QHash<QString, NoteId>> m_firstFields;   // loaded per notetype on first use
};

} // namespace debrief
