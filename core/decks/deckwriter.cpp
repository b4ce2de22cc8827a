#include "decks/deckwriter.h"

#include <QSaveFile>

namespace debrief {

namespace {

void writeBranch(QString &out, const DeckBranch &b, int depth)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    const QString keyIndent((depth + 1) * 2, QLatin1Char(' '));
    out += indent + QLatin1String("- ") + b.cause + QLatin1Char('\n');
    out += keyIndent + QLatin1String("detect: ") + b.detect + QLatin1Char('\n');
    out += keyIndent + QLatin1String("fix: ") + b.fix + QLatin1Char('\n');
    if (!b.covers.isEmpty())
        out += keyIndent + QLatin1String("covers: ") + b.covers.join(QLatin1Char(' ')) + QLatin1Char('\n');
    for (const DeckBranch &c : b.children)
        writeBranch(out, c, depth + 1);
}

void writeField(QString &out, const QString &name, const QString &value)
{
    // A list or a fence reads better starting on its own line; the parser drops the empty first line.
    const QString firstLine = value.section(QLatin1Char('\n'), 0, 0);
    const bool ownLine = value.contains(QLatin1Char('\n'))
        && (firstLine.startsWith(QLatin1String("- ")) || firstLine.trimmed().startsWith(QLatin1String("```")));
    if (value.isEmpty())
        out += name + QLatin1String(":\n");
    else if (ownLine)
        out += name + QLatin1String(":\n") + value + QLatin1Char('\n');
    else
        out += name + QLatin1String(": ") + value + QLatin1Char('\n');
}

} // namespace

QString DeckWriter::writeBranches(const std::vector<DeckBranch> &branches)
{
    QString out;
    for (const DeckBranch &b : branches)
        writeBranch(out, b, 0);
    if (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

QString DeckWriter::writeLayers(const std::vector<DeckLayer> &layers)
{
    QString out;
    for (const DeckLayer &l : layers) {
        out += QLatin1String("- ") + l.name + QLatin1Char('\n');
        out += QLatin1String("  metrics: ") + l.metrics + QLatin1Char('\n');
        out += QLatin1String("  drives: ") + l.drives + QLatin1Char('\n');
        if (!l.covers.isEmpty())
            out += QLatin1String("  covers: ") + l.covers.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    if (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

QString DeckWriter::writePoints(const QStringList &points)
{
    QStringList lines;
    for (const QString &p : points)
        lines << QLatin1String("- ") + p;
    return lines.join(QLatin1Char('\n'));
}

QString DeckWriter::writeNote(const DeckNote &note)
{
    QString out;
    out += QLatin1String("## ") + deckKindName(note.kind) + QLatin1Char(' ') + note.id + QLatin1Char('\n');
    if (!note.tags.isEmpty())
        out += QLatin1String("tags: ") + note.tags.join(QLatin1Char(' ')) + QLatin1Char('\n');
    if (!note.covers.isEmpty())
        out += QLatin1String("covers: ") + note.covers.join(QLatin1Char(' ')) + QLatin1Char('\n');
    for (const QString &name : deckKindFields(note.kind)) {
        if (note.kind == DeckKind::Tree && name == QLatin1String("Branches")) {
            out += QLatin1String("Branches:\n") + writeBranches(note.branches) + QLatin1Char('\n');
        } else if (note.kind == DeckKind::Layers && name == QLatin1String("Layers")) {
            out += QLatin1String("Layers:\n") + writeLayers(note.layers) + QLatin1Char('\n');
        } else if (name == deckPointsField()) {
            if (!note.points.isEmpty())
                out += deckPointsKey() + QLatin1String(":\n") + writePoints(note.points) + QLatin1Char('\n');
        } else if (note.fields.contains(name)) {
            writeField(out, name, note.fields.value(name));
        }
    }
    return out;
}

QString DeckWriter::write(const DeckFile &deck)
{
    QString out;
    out += QLatin1String("format: ") + QString::number(deck.format) + QLatin1Char('\n');
    out += QLatin1String("deck: ") + deck.deck + QLatin1Char('\n');
    if (!deck.description.isEmpty())
        out += QLatin1String("description: ") + QString(deck.description).replace(QLatin1Char('\n'), QLatin1Char(' '))
            + QLatin1Char('\n');
    if (!deck.tags.isEmpty())
        out += QLatin1String("tags: ") + deck.tags.join(QLatin1Char(' ')) + QLatin1Char('\n');
    for (const DeckNote &n : deck.notes)
        out += QLatin1Char('\n') + writeNote(n);
    return out;
}

Result<void> DeckWriter::writeFile(const DeckFile &deck, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Io, QStringLiteral("%1: %2").arg(path, f.errorString()));
    f.write(write(deck).toUtf8());
    if (!f.commit())
        return makeError(Error::Kind::Io, QStringLiteral("%1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace debrief
