#include "decks/coveragechecker.h"

#include <QFile>
#include <QRegularExpression>

namespace debrief {

namespace {

void addBranchCovers(QSet<QString> &out, const std::vector<DeckBranch> &branches)
{
    for (const DeckBranch &b : branches) {
        for (const QString &c : b.covers)
            out.insert(c);
        addBranchCovers(out, b.children);
    }
}

} // namespace

std::vector<ChecklistId> CoverageChecker::parseChecklist(const QString &text)
{
    // Only a bullet *starting* with the bold id defines it; ids elsewhere are cross-references.
    static const QRegularExpression re(QStringLiteral("^\\s*[-*] \\*\\*(S[0-4]-[PCFMK][0-9]+(\\.[0-9]+)?)\\*\\*"));
    std::vector<ChecklistId> ids;
    QSet<QString> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = re.match(lines.at(i));
        if (m.hasMatch() && !seen.contains(m.captured(1))) {
            seen.insert(m.captured(1));
            ids.push_back({m.captured(1), i + 1});
        }
    }
    return ids;
}

Result<std::vector<ChecklistId>> CoverageChecker::readChecklist(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("%1: cannot read: %2").arg(path, f.errorString()));
    return parseChecklist(QString::fromUtf8(f.readAll()));
}

QSet<QString> CoverageChecker::coveredIds(const std::vector<DeckFile> &decks)
{
    QSet<QString> out;
    for (const DeckFile &d : decks) {
        for (const DeckNote &n : d.notes) {
            for (const QString &c : n.covers)
                out.insert(c);
            addBranchCovers(out, n.branches);
            for (const DeckLayer &l : n.layers)
                for (const QString &c : l.covers)
                    out.insert(c);
        }
    }
    return out;
}

std::vector<DeckIssue> CoverageChecker::uncovered(const QString &checklistPath, const std::vector<ChecklistId> &ids,
                                                  const std::vector<DeckFile> &decks)
{
    const QSet<QString> covered = coveredIds(decks);
    std::vector<DeckIssue> out;
    for (const ChecklistId &id : ids)
        if (!covered.contains(id.id))
            out.push_back({DeckIssue::Kind::Uncovered, checklistPath, id.line, tr("%1 is not covered by any card").arg(id.id)});
    return out;
}

} // namespace debrief
