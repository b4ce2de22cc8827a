#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace debrief {

enum class Severity { Warning, Error };

// One thing an importer noticed. Tests check kind, severity and line, never the wording.
struct ImportIssue {
    enum class Kind {
        NotFound,       // the file does not exist
        Io,             // the file exists but reading (or writing the collection) failed: permissions, I/O, disk full
        UnknownFormat,  // not a format we read (or not what its extension claims)
        Corrupt,        // truncated zip, damaged SQLite, broken protobuf, malformed XML
        TooNew,         // a package or schema version newer than we understand
        TooOld,         // e.g. Anki 1.2 decks, Anki 2.0 alpha collections
        Unsafe,         // path traversal, zip bomb, oversized field
        BadEncoding,    // invalid UTF-8 / undecodable text
        MissingField,   // a row or item without a required value
        Duplicate,      // duplicate GUID or note inside one file
        Unsupported,    // a feature we skip (reported as a warning)
        Cancelled,      // the user cancelled; everything was rolled back
        Internal,
    };
    Kind kind = Kind::Internal;
    Severity severity = Severity::Error;
    int line = 0;       // 1-based line or row where that makes sense, else 0
    QString message;    // for people: says what and where (file name included)
};

struct ImportCounts {
    int notesAdded = 0;
    int notesUpdated = 0;
    int notesUnchanged = 0;
    int notesSkipped = 0;
    int notesRetired = 0;   // bundled-deck notes no longer in the deck file
    int cardsAdded = 0;
    int reviewsAdded = 0;
    int mediaAdded = 0;
    int decksAdded = 0;
};

// What an import did. ok() is false when any Error issue is present; then nothing was written.
struct ImportResult {
    ImportCounts counts;
    std::vector<ImportIssue> issues;
    QString backupPath;   // the automatic backup taken before touching existing notes, if any

    bool ok() const
    {
        for (const auto &i : issues)
            if (i.severity == Severity::Error)
                return false;
        return true;
    }
    void addError(ImportIssue::Kind kind, QString message, int line = 0)
    {
        issues.push_back({kind, Severity::Error, line, std::move(message)});
    }
    void addWarning(ImportIssue::Kind kind, QString message, int line = 0)
    {
        issues.push_back({kind, Severity::Warning, line, std::move(message)});
    }
};

// The one mapping from a core Error to the issue an importer reports. Invalid input inside a file we
// read is damage to that file (Corrupt); Locked and Internal stay Internal.
inline ImportIssue::Kind importIssueKind(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Io: return ImportIssue::Kind::Io;
    case Error::Kind::NotFound: return ImportIssue::Kind::NotFound;
    case Error::Kind::InvalidInput: return ImportIssue::Kind::Corrupt;
    case Error::Kind::Corrupt: return ImportIssue::Kind::Corrupt;
    case Error::Kind::TooNew: return ImportIssue::Kind::TooNew;
    case Error::Kind::TooOld: return ImportIssue::Kind::TooOld;
    case Error::Kind::Unsafe: return ImportIssue::Kind::Unsafe;
    case Error::Kind::Cancelled: return ImportIssue::Kind::Cancelled;
    case Error::Kind::UnknownFormat: return ImportIssue::Kind::UnknownFormat;
    case Error::Kind::BadEncoding: return ImportIssue::Kind::BadEncoding;
    case Error::Kind::MissingField: return ImportIssue::Kind::MissingField;
    case Error::Kind::Duplicate: return ImportIssue::Kind::Duplicate;
    case Error::Kind::Locked:
    case Error::Kind::Internal: break;
    }
    return ImportIssue::Kind::Internal;
}

enum class UpdatePolicy { IfNewer, Always, Never };

struct ImportOptions {
    bool scheduleAsNew = false;          // drop imported scheduling and review history
    UpdatePolicy update = UpdatePolicy::IfNewer;
    QString deckName;                    // target deck for formats without decks (text); empty = "Default"
    QString notetypeName;                // text import: notetype to use; empty = "Basic"
    QStringList fieldMap;                // text import: column -> field name ("" skips, "tags", "deck", "guid")
    QChar separator;                     // text import: null = detect
    bool firstLineIsHeader = false;      // text import
    bool allowHtml = true;               // text import when no #html header: null = guess
    bool takeBackup = true;              // back up before an import that touches existing notes
};

// Called with work done and total (total 0 when unknown); return false to cancel, which rolls back.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

} // namespace debrief
