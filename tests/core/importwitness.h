#pragma once
// Evidence that a refused import changed nothing and wrote nowhere else, shared by the importer
// tests: a digest of every file under a folder (names and bytes, hidden files included).
// Digest the data dir with the collection closed, so its WAL has been checkpointed into the file
// and "unchanged" means byte for byte.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <ctime>

namespace importwitness {

inline QString digest(const QString &dir)
{
    QStringList lines;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QString line = QDir(dir).relativeFilePath(path);
        QFile f(path);
        if (it.fileInfo().isFile() && f.open(QIODevice::ReadOnly)) {
            QCryptographicHash h(QCryptographicHash::Sha1);
            h.addData(&f);
            line += QLatin1Char(' ') + QString::fromLatin1(h.result().toHex());
        }
        lines << line;
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

// CPU time this process has used, in ms: the 5 s budget of a hostile import measured so that
// other processes loading the machine cannot make it fail, while a spinning query still does.
inline qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

} // namespace importwitness
