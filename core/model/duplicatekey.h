#pragma once

#include <QString>

namespace debrief {

// The key two notes of one notetype are duplicates by: the first field with its HTML tags stripped
// but media file names kept (Anki's strip_html_preserving_media_filenames), &nbsp; as a space and
// white space simplified. One rule for the importers' first-field match and the editor's warning.
class DuplicateKey {
public:
    static QString of(const QString &firstField);
};

} // namespace debrief
