#include "decks/decklinter.h"

#include "decks/copychecker.h"
#include "decks/coveragechecker.h"
#include "decks/deckparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace debrief {

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
