#include "storage/sqliteerror.h"

#include <sqlite3.h>

namespace debrief {

Error::Kind sqliteErrorKind(int resultCode)
{
    switch (resultCode & 0xff) {   // the primary code of an extended one
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Kind::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Kind::Corrupt;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return Error::Kind::InvalidInput;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return Error::Kind::Io;
    default:
        return Error::Kind::Internal;
    }
}

} // namespace debrief
