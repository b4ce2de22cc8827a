#include "export/textexporter.h"

#include "storage/collection.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace debrief {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TextExporter)
};
} // namespace

QString TextExporter::quote(const QString &field, QChar separator)
{
    if (!field.contains(separator) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')) && !field.startsWith(QLatin1Char('#')))
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Result<TextExporter::Counts> TextExporter::exportFile(Collection &collection, const QString &path, Format format,
                                                      std::optional<DeckId> deck)
{
    const QChar sep = format == Format::Tsv ? QChar(QLatin1Char('\t')) : QChar(QLatin1Char(','));
    QString deckName;
    if (deck) {
        auto d = collection.deck(*deck);
        if (!d)
            return d.error();
        deckName = d->name;
    }
    // Collection has no note listing, so read ids through the storage layer: each note with the
    // deck of its first card.
    auto st = collection.database().prepare(QStringLiteral(
        "SELECT n.id, d.name FROM notes n JOIN cards c ON c.note_id = n.id AND c.ord = "
        "(SELECT min(ord) FROM cards WHERE note_id = n.id) JOIN decks d ON d.id = c.deck_id "
        "WHERE ?1 = '' OR d.name = ?1 COLLATE NOCASE OR d.name LIKE ?1 || '::%' ORDER BY n.id"));
    if (!st)
        return st.error();
    st->bind(1, deckName);
    std::vector<std::pair<NoteId, QString>> notes;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (notes.empty() || notes.back().first != st->int64(0))
            notes.emplace_back(st->int64(0), st->text(1));
    }

    int maxFields = 0;
    QHash<NotetypeId, Notetype> types;
    std::vector<Note> loaded;
    loaded.reserve(notes.size());
    for (const auto &n : notes) {
        auto note = collection.note(n.first);
        if (!note)
            return note.error();
        if (!types.contains(note->notetypeId)) {
            auto nt = collection.notetype(note->notetypeId);
            if (!nt)
                return nt.error();
            types.insert(nt->id, *nt);
        }
        maxFields = std::max(maxFields, int(note->fields.size()));
        loaded.push_back(*note);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Io, Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    QString out;
    out += QStringLiteral("#separator:%1\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:%2\n")
               .arg(format == Format::Tsv ? QStringLiteral("tab") : QStringLiteral("comma"))
               .arg(4 + maxFields);
    for (size_t i = 0; i < loaded.size(); ++i) {
        const Note &n = loaded[i];
        QStringList row{n.guid, types.value(n.notetypeId).name, notes[i].second};
        QStringList fields = n.fields;
        while (fields.size() < maxFields)
            fields << QString();
        row << fields << n.tags.join(QLatin1Char(' '));
        for (QString &f : row)
            f = quote(f, sep);
        out += row.join(sep) + QLatin1Char('\n');
    }
    file.write(out.toUtf8());
    if (!file.commit())
        return makeError(Error::Kind::Io, Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return Counts{int(loaded.size())};
}

} // namespace debrief
