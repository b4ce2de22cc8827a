#include "decks/decklinter.h"

#include "decks/copychecker.h"
#include "decks/coveragechecker.h"
#include "decks/deckparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace debrief {

namespace {

// A checklist id such as S1-F2.3 in learner-facing text: ids are bookkeeping for `covers:` lines.
bool mentionsCoverageId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\bS[0-9]+-[PCFMK][0-9]+(\\.[0-9]+)?\\b"));
    return re.match(text).hasMatch();
}

void checkBranchText(const std::vector<DeckBranch> &branches, const QString &file, std::vector<DeckIssue> *issues)
{
    for (const DeckBranch &b : branches) {
        if (mentionsCoverageId(b.cause) || mentionsCoverageId(b.detect) || mentionsCoverageId(b.fix))
            issues->push_back({DeckIssue::Kind::CoverageIdInText, file, b.line,
                               DeckLinter::tr("a coverage id in the branch text; keep ids in covers: lines")});
        checkBranchText(b.children, file, issues);
    }
}

} // namespace

// Rules for the bundled decks that a user's own deck need not follow (the importer accepts it):
// rubric points, spoken model answers, and no coverage ids in what the learner reads.
void DeckLinter::checkNote(const DeckNote &note, const QString &file, std::vector<DeckIssue> *issues)
{
    const int pointsLine = note.fieldLines.value(deckPointsField(), note.line);
    const int n = note.points.size();
    if (note.kind == DeckKind::Pair && (n < kMinPoints || n > kMaxPoints))
        issues->push_back({DeckIssue::Kind::BadPoints, file, pointsLine,
                           tr("a pair note needs %1 to %2 points: (the strong answer's key points), has %3")
                               .arg(kMinPoints).arg(kMaxPoints).arg(n)});
    else if (n > 0 && (n < kMinPoints || n > kMaxPoints))
        issues->push_back({DeckIssue::Kind::BadPoints, file, pointsLine,
                           tr("points: holds %1 to %2 key points, has %3").arg(kMinPoints).arg(kMaxPoints).arg(n)});
    if (note.fields.contains(QStringLiteral("Model"))) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const int words = note.field(QStringLiteral("Model")).split(space, Qt::SkipEmptyParts).size();
        if (words < kMinModelWords || words > kMaxModelWords)
            issues->push_back({DeckIssue::Kind::BadModel, file, note.fieldLines.value(QStringLiteral("Model"), note.line),
                               tr("Model: is %n word(s); a spoken model answer is %1 to %2 words (30 to 60 s aloud)", nullptr, words)
                                   .arg(kMinModelWords).arg(kMaxModelWords)});
    }
    for (auto it = note.fields.constBegin(); it != note.fields.constEnd(); ++it)
        if (mentionsCoverageId(it.value()))
            issues->push_back({DeckIssue::Kind::CoverageIdInText, file, note.fieldLines.value(it.key(), note.line),
                               tr("a coverage id in %1:; keep ids in covers: lines").arg(it.key())});
    for (const QString &p : note.points)
        if (mentionsCoverageId(p))
            issues->push_back({DeckIssue::Kind::CoverageIdInText, file, pointsLine,
                               tr("a coverage id in points:; keep ids in covers: lines")});
    checkBranchText(note.branches, file, issues);
    for (const DeckLayer &l : note.layers)
        if (mentionsCoverageId(l.name) || mentionsCoverageId(l.metrics) || mentionsCoverageId(l.drives))
            issues->push_back({DeckIssue::Kind::CoverageIdInText, file, l.line,
                               tr("a coverage id in the layer text; keep ids in covers: lines")});
}

QStringList DeckLinter::deckFiles(const QStringList &paths, std::vector<DeckIssue> *issues)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            const QDir d(p);
            for (const QString &name : d.entryList({QStringLiteral("*.deck")}, QDir::Files, QDir::Name))
                files << d.filePath(name);
        } else if (fi.exists()) {
            files << p;
        } else if (issues) {
            issues->push_back({DeckIssue::Kind::Io, p, 0, tr("no such file or directory")});
        }
    }
    return files;
}

QString DeckLinter::format(const DeckIssue &issue)
{
    return QStringLiteral("%1:%2: %3").arg(issue.file).arg(issue.line).arg(issue.message);
}

LintReport DeckLinter::lint(const QStringList &paths, const LintOptions &options)
{
    LintReport report;
    const QStringList files = deckFiles(paths, &report.issues);
    report.files = files.size();

    std::vector<DeckFile> decks;
    struct Where { QString file; int line; };
    QMap<QString, Where> firstSeen;
    for (const QString &file : files) {
        DeckParseResult r = DeckParser::parseFile(file);
        report.issues.insert(report.issues.end(), r.issues.begin(), r.issues.end());
        report.notes += int(r.deck.notes.size());
        for (const DeckNote &n : r.deck.notes) {
            checkNote(n, file, &report.issues);
            if (!DeckParser::isValidId(n.id))
                continue;
            const auto it = firstSeen.constFind(n.id);
            if (it == firstSeen.constEnd())
                firstSeen.insert(n.id, {file, n.line});
            else if (it->file != file)   // duplicates inside one file are the parser's report
                report.issues.push_back({DeckIssue::Kind::DuplicateId, file, n.line,
                                         tr("duplicate id '%1' (first in %2:%3)").arg(n.id, it->file).arg(it->line)});
        }
        decks.push_back(std::move(r.deck));
    }

    if (!options.seedsDir.isEmpty()) {
        CopyChecker copy;
        if (copy.loadSeeds(options.seedsDir) == 0)
            report.issues.push_back({DeckIssue::Kind::Io, options.seedsDir, 0, tr("no seed *.txt files here")});
        for (const QString &file : files) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly)) {
                const auto found = copy.check(file, QString::fromUtf8(f.readAll()));
                report.issues.insert(report.issues.end(), found.begin(), found.end());
            }
        }
    }

    // Files in the order given, each file's problems by line.
    QMap<QString, int> order;
    for (int i = 0; i < files.size(); ++i)
        order.insert(files.at(i), i);
    std::stable_sort(report.issues.begin(), report.issues.end(), [&order](const DeckIssue &a, const DeckIssue &b) {
        const int fa = order.value(a.file, -1);
        const int fb = order.value(b.file, -1);
        return fa != fb ? fa < fb : a.line < b.line;
    });

    if (!options.checklistPath.isEmpty()) {
        const auto ids = CoverageChecker::readChecklist(options.checklistPath);
        if (!ids)
            report.issues.push_back({DeckIssue::Kind::Io, options.checklistPath, 0, ids.error().message});
        else {
            const auto missing = CoverageChecker::uncovered(options.checklistPath, ids.value(), decks);
            report.issues.insert(report.issues.end(), missing.begin(), missing.end());
        }
    }
    return report;
}

} // namespace debrief
