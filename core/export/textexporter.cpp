#include "export/textexporter.h"

#include "storage/collection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace debrief {

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
    // The chosen deck and its subdecks, or every deck.
    auto allDecks = collection.decks();
    if (!allDecks)
        return allDecks.error();
    QString rootName;
    for (const Deck &d : *allDecks)
        if (deck && d.id == *deck)
            rootName = d.name;
    if (deck && rootName.isEmpty())
        return makeError(Error::Kind::NotFound, QCoreApplication::translate("TextExporter", "There is no deck with id %1").arg(*deck));
    QHash<DeckId, QString> chosen;
    for (const Deck &d : *allDecks)
        if (!deck || d.id == *deck || d.name.startsWith(rootName + QLatin1String("::"), Qt::CaseInsensitive))
            chosen.insert(d.id, d.name);
    const std::vector<DeckId> chosenIds(chosen.keyBegin(), chosen.keyEnd());
    Result<std::vector<NoteId>> ids = collection.noteIdsInDecks(chosenIds);
    if (!ids)
        return ids.error();
    // Each note with the deck of its first card among the chosen decks (cards come in ord order).
    std::vector<std::pair<NoteId, QString>> notes;
    for (NoteId id : *ids) {
        Result<std::vector<Card>> cards = collection.cardsOfNote(id);
        if (!cards)
            return cards.error();
        for (const Card &c : *cards)
            if (chosen.contains(c.deckId)) {
                notes.emplace_back(id, chosen.value(c.deckId));
                break;
            }
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
        return makeError(Error::Kind::Io, QCoreApplication::translate("TextExporter", "%1: cannot write: %2").arg(path, file.errorString()));
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
        return makeError(Error::Kind::Io, QCoreApplication::translate("TextExporter", "%1: cannot write: %2").arg(path, file.errorString()));
    return Counts{int(loaded.size())};
}

} // namespace debrief
