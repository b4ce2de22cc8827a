#pragma once

#include "util/result.h"

namespace debrief {

// The one mapping from an SQLite result code (primary or extended) to an Error::Kind, used by
// Database and Statement alike: busy/locked is Locked, a damaged file Corrupt, a constraint or type
// mismatch InvalidInput, anything about the file system Io, the rest Internal.
Error::Kind sqliteErrorKind(int resultCode);

} // namespace debrief
