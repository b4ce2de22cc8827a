#pragma once

#include "import/foreigndata.h"
#include "import/importresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace debrief {

class Collection;

// The "#key:value" lines at the top of an Anki text file (and Anki 2.0's "tags:" first line).
struct TextHeader {
    QChar separator;              // from #separator; null when absent
    std::optional<bool> html;     // from #html
    QStringList tags;             // from #tags (and "tags:")
    QStringList columns;          // from #columns
    QString deck;                 // from #deck
    QString notetype;             // from #notetype
    int guidColumn = 0;           // 1-based, 0 = none
    int notetypeColumn = 0;
    int deckColumn = 0;
    int tagsColumn = 0;
    int dataStart = 0;            // character offset of the first data row
    int dataLine = 1;             // its 1-based line in the file
};

// Anki-style CSV/TSV import (import-formats.md §3): `#separator:`, `#html:`, `#tags:`,
// `#columns:`, `#deck:`, `#notetype:`, `#guid/notetype/deck/tags column:` headers, the legacy
// `tags:` first line, separator guessing, RFC-4180 quoting, UTF-8/UTF-16 decoding.
// parse() is pure (file bytes in, ForeignData out); importFile() parses and then writes
// everything in one transaction, or nothing when any Error was reported.
class TextImporter {
public:
    // Largest text file read at all (Error Unsafe beyond it); fields are limited separately
    // (CsvReader::kMaxFieldChars).
    static constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024;
    // Fields in the whole file (rows x columns): 100,000 rows of 4 columns is 400,000.
    static constexpr qint64 kMaxTotalFields = 16 * 1024 * 1024;

    // Field names of a notetype by name or numeric id; std::nullopt when it does not exist.
    using FieldNamesFn = std::function<std::optional<QStringList>(const QString &notetype)>;

    static ImportResult importFile(Collection &collection, const QString &path, const ImportOptions &options,
                                   const ProgressFn &progress, const QDateTime &now = QDateTime());

    // Issues go to `result`; on an Error the returned data must not be written.
    static ForeignData parse(const QByteArray &bytes, const QString &fileName, const ImportOptions &options,
                             const FieldNamesFn &fieldNames, ImportResult &result);

    // Reads the header lines of decoded `text`; problems (an unknown separator) become warnings.
    static TextHeader readHeader(const QString &text, const QString &fileName, ImportResult *warnings = nullptr);
    // The separator parse() uses when none is given: the header's, else the one a .csv/.tsv name
    // promises when it occurs, else Anki's guess (CsvReader::guessSeparator).
    static QChar chooseSeparator(const QString &text, const TextHeader &header, const QString &fileName);

    // "Comma", "tab", "\t", "|"… → the character; null QChar when not understood.
    static QChar separatorFromName(const QString &name);
};

} // namespace debrief
