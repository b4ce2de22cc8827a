#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace debrief {

// Media references inside Anki field HTML (import-formats.md §5): [sound:x] and src=/data= on
// <img>, <audio>, <video>, <object>, <source>, quoted either way or not at all. Names are
// returned with HTML entities decoded, as the files are named on disk.
class MediaRefs {
public:
    static void collect(const QString &html, QSet<QString> &out);
    // Replaces references whose decoded name is a key of `renamed` by its value.
    static QString rewrite(const QString &html, const QHash<QString, QString> &renamed);
    // Names that start with "_" or "latex-": used by templates/LaTeX, kept without a reference.
    static bool isStatic(const QString &name);
    // The few entities a file name can carry in field HTML ("&amp;" names a file with "&").
    static QString decodeEntities(QString s);
};

} // namespace debrief
