// Times TextImporter on generated TSV files (Anki headers, HTML, a tags column): a first import
// into a new collection, and a re-import of the same rows (all unchanged, matched by GUID).
// Target: 10,000 rows <= 0.5 s. Prints figures; asserts nothing. Usage: bench_textimport [rows...]
#include "import/textimporter.h"
#include "storage/collection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace debrief;

namespace {

QString writeTsv(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(path);
    QTextStream s(&f);
    s << "#separator:tab\n#html:true\n#guid column:1\n#tags column:4\n";
    for (int i = 0; i < rows; ++i)
        s << "bench-" << i << "\tWhat does <b>metric " << i << "</b> measure?\tIt measures outcome " << i
          << " of the funnel, per user and week.\tbench topic" << (i % 50) << "\n";
    return QString();
}

long maxRssMiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<int> sizes;
    for (const QString &a : app.arguments().mid(1))
        sizes << a.toInt();
    if (sizes.isEmpty())
        sizes = {10000, 100000};

    for (int rows : sizes) {
        QTemporaryDir dir;
        const QString tsv = dir.filePath(QStringLiteral("bench.tsv"));
        if (const QString e = writeTsv(tsv, rows); !e.isEmpty()) {
            out << e << Qt::endl;
            return 1;
        }
        auto col = Collection::open(dir.filePath(QStringLiteral("collection.sqlite")));
        if (!col) {
            out << col.error().message << Qt::endl;
            return 1;
        }
        ImportOptions options;
        options.takeBackup = false;   // time the import itself; the backup is measured in bench_collection
        QElapsedTimer t;
        t.start();
        ImportResult r = TextImporter::importFile(**col, tsv, options, {});
        const double first = t.nsecsElapsed() / 1e6;
        if (!r.ok()) {
            out << "import failed: " << r.issues.front().message << Qt::endl;
            return 1;
        }
        out << rows << " rows, first import: " << QString::number(first, 'f', 1) << " ms (" << r.counts.notesAdded
            << " notes added)" << (rows == 10000 ? "  [target <= 500 ms]" : "") << Qt::endl;
        t.restart();
        r = TextImporter::importFile(**col, tsv, options, {});
        out << rows << " rows, re-import: " << QString::number(t.nsecsElapsed() / 1e6, 'f', 1) << " ms ("
            << r.counts.notesUnchanged << " unchanged, " << r.counts.notesAdded << " added)" << Qt::endl;
    }
    out << "peak RSS: " << maxRssMiB() << " MiB" << Qt::endl;
    return 0;
}
