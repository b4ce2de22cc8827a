#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

// One parsed row of a delimited text file. `line` is the 1-based line in the file where the
// row starts (a quoted field may span several lines).
struct CsvRecord {
    QStringList fields;
    int line = 0;
};

// RFC-4180 reader for Anki-style text files: `"…"` quoting with `""` escapes, quoted fields may
// hold the separator and newlines, rows may differ in length, blank lines and lines starting
// with '#' are skipped (Anki's CSV reader treats every such line as a comment). It reads an
// already decoded QString; decode() turns file bytes into one.
class CsvReader {
public:
    // One field may hold at most this many characters. A bigger one is almost certainly not a
    // flashcard (or a file that is not CSV at all) and would bloat the collection, so the
    // import stops with Error::Kind::Unsafe instead. 8 Mi characters ≈ 8-32 MiB of text.
    static constexpr int kMaxFieldChars = 8 * 1024 * 1024;
    // Fields one record may have (as `--map` allows columns): a 200 MB line of separators would
    // otherwise become 200 million empty strings and exhaust memory.
    static constexpr int kMaxFields = 1000;

    // Decodes a text file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM. Invalid UTF-8 gives
    // Error::Kind::InvalidInput naming the line (also returned through `badLine`); NUL
    // characters (a binary file) give Error::Kind::Corrupt. `fileName` is used in messages.
    static Result<QString> decode(const QByteArray &bytes, const QString &fileName, int *badLine = nullptr);

    // Anki's guess over the first 8 KiB: the first of Tab, Pipe, Semicolon, Colon, Comma that
    // occurs anywhere, else Space.
    static QChar guessSeparator(const QString &text, int from = 0);

    // Reads `text` from character offset `from`, whose first line is file line `firstLine`.
    CsvReader(const QString &text, QChar separator, int from = 0, int firstLine = 1);

    // The next record, std::nullopt at the end, or an Error (oversized field, too many fields).
    Result<std::optional<CsvRecord>> next();

    int position() const { return m_pos; }
    int line() const { return m_line; }

private:
    QString m_text;   // implicitly shared, so copying the caller's text is cheap
    QChar m_sep;
    int m_pos;
    int m_line;
};

} // namespace debrief
