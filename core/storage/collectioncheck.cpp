#include "storage/collectioncheck.h"

#include "model/deckname.h"
#include "storage/database.h"
#include "storage/deckrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace debrief {

namespace {

constexpr int kMaxReportedIds = 20;   // ids listed per problem

} // namespace

Result<std::vector<CheckProblem>> CollectionCheck::run(Database &db)
{
    std::vector<CheckProblem> problems;
    {
        Result<Statement> s = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!s)
            return makeError(Error::Kind::Corrupt, s.error().message);
        Result<void> r = s->forEachRow([&](const Statement &row) {
            if (row.text(0) != QLatin1String("ok"))
                problems.push_back(CheckProblem{row.text(0), CheckProblem::Kind::Integrity, {}});
        });
        if (!r)
            problems.push_back(CheckProblem{r.error().message, CheckProblem::Kind::Integrity, {}});
    }
    if (!problems.empty())
        return problems;   // the checks below read a damaged file and would only add noise

    // Review log rows whose card is gone are not listed: Anki keeps them on purpose so statistics
    // still count past work after cards are deleted.
    // Each message is a whole sentence for translators: %n is how many rows the rule found, %1 the
    // first kMaxReportedIds of their ids.
    struct Rule {
        CheckProblem::Kind kind;
        const char *sql;
        const char *message;
    };
    static const Rule rules[] = {
        {CheckProblem::Kind::CardWithoutNote,
         "SELECT c.id FROM cards c LEFT JOIN notes n ON n.id = c.note_id WHERE n.id IS NULL ORDER BY c.id",
         QT_TRANSLATE_N_NOOP("CollectionCheck", "%n card(s) whose note is missing (ids %1)")},
        {CheckProblem::Kind::NoteWithoutCards,
         "SELECT n.id FROM notes n WHERE NOT EXISTS (SELECT 1 FROM cards c WHERE c.note_id = n.id) ORDER BY n.id",
         QT_TRANSLATE_N_NOOP("CollectionCheck", "%n note(s) without any card (ids %1)")},
        {CheckProblem::Kind::CardInMissingDeck,
         "SELECT c.id FROM cards c LEFT JOIN decks d ON d.id = c.deck_id WHERE d.id IS NULL ORDER BY c.id",
         QT_TRANSLATE_N_NOOP("CollectionCheck", "%n card(s) in a deck that does not exist (ids %1)")},
        {CheckProblem::Kind::NoteWithoutNotetype,
         "SELECT n.id FROM notes n LEFT JOIN notetypes t ON t.id = n.notetype_id WHERE t.id IS NULL ORDER BY n.id",
         QT_TRANSLATE_N_NOOP("CollectionCheck", "%n note(s) whose notetype is missing (ids %1)")},
        {CheckProblem::Kind::ImpossibleState,
         "SELECT id FROM cards WHERE type IN (2, 3) AND (interval_days < 1 OR ease_permille < 1300) ORDER BY id",
         QT_TRANSLATE_N_NOOP("CollectionCheck", "%n review card(s) with an interval below 1 day or an ease below 130% (ids %1)")},
        {CheckProblem::Kind::ImpossibleState,
         "SELECT id FROM cards WHERE type IN (1, 3) AND remaining_steps < 1 ORDER BY id",
         QT_TRANSLATE_N_NOOP("CollectionCheck", "%n learning card(s) without remaining steps (ids %1)")},
        {CheckProblem::Kind::ImpossibleState,
         "SELECT id FROM cards WHERE type NOT BETWEEN 0 AND 3 OR queue NOT BETWEEN 0 AND 3 ORDER BY id",
         QT_TRANSLATE_N_NOOP("CollectionCheck", "%n card(s) with an unknown type or queue (ids %1)")},
    };
    for (const Rule &rule : rules) {
        Result<Statement> s = db.cached(rule.sql);
        if (!s)
            return s.error();
        std::vector<qint64> ids;
        int total = 0;
        Result<void> r = s->forEachRow([&](const Statement &row) {
            if (++total <= kMaxReportedIds)
                ids.push_back(row.int64(0));
        });
        if (!r)
            return r.error();
        if (total > 0) {
            QStringList shown;
            for (qint64 id : ids)
                shown << QString::number(id);
            if (total > kMaxReportedIds)
                shown << QStringLiteral("…");   // more than listed
            problems.push_back(CheckProblem{QCoreApplication::translate("CollectionCheck", rule.message, nullptr, total)
                                                .arg(shown.join(QStringLiteral(", "))),
                                            rule.kind, ids});
        }
    }

    // Missing parents in C++: SQLite has no "last index of" to cut the name at its last "::".
    Result<std::vector<Deck>> all = DeckRepository(db).all();
    if (!all)
        return all.error();
    QSet<QString> names;
    for (const Deck &deck : *all)
        names.insert(DeckName::storedKey(deck.name));
    std::vector<qint64> orphans;
    for (const Deck &deck : *all) {
        const int cut = deck.name.lastIndexOf(QStringLiteral("::"));
        if (cut >= 0 && !names.contains(DeckName::storedKey(deck.name.left(cut))))
            orphans.push_back(deck.id);
    }
    if (!orphans.empty())
        problems.push_back(CheckProblem{QCoreApplication::translate("CollectionCheck", "%n deck(s) whose parent deck is missing", nullptr, int(orphans.size())),
                                        CheckProblem::Kind::MissingParentDeck, orphans});
    return problems;
}

} // namespace debrief
