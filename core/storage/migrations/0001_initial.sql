-- Debrief collection schema, version 1. Ids are Anki-style millisecond timestamps except the
-- built-in rows (Default deck 1, default preset 1). Applied inside a transaction by Migrator.

CREATE TABLE config (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Deck option presets; `config` is a SchedulerConfig as JSON (missing keys = Anki defaults).
CREATE TABLE presets (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    config TEXT NOT NULL DEFAULT '{}',
    mod    INTEGER NOT NULL DEFAULT 0
);

-- Decks nest by name ("A::B" is a child of "A"); names are unique ignoring case, as in Anki.
CREATE TABLE decks (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    preset_id   INTEGER NOT NULL DEFAULT 1 REFERENCES presets(id),
    description TEXT NOT NULL DEFAULT '',
    mod         INTEGER NOT NULL DEFAULT 0
);

-- kind: NotetypeKind; fields: field names joined by U+001F.
CREATE TABLE notetypes (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    kind            INTEGER NOT NULL DEFAULT 0,
    fields          TEXT NOT NULL DEFAULT '',
    css             TEXT NOT NULL DEFAULT '',
    sort_field      INTEGER NOT NULL DEFAULT 0,
    markdown_fields INTEGER NOT NULL DEFAULT 0,
    mod             INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE templates (
    notetype_id INTEGER NOT NULL REFERENCES notetypes(id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    qfmt        TEXT NOT NULL DEFAULT '',
    afmt        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (notetype_id, ord)
) WITHOUT ROWID;

-- fields joined by U+001F (Anki's separator); tags space-separated.
CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    notetype_id INTEGER NOT NULL REFERENCES notetypes(id),
    fields      TEXT NOT NULL,
    tags        TEXT NOT NULL DEFAULT '',
    mod         INTEGER NOT NULL DEFAULT 0
);

-- type:  0 new, 1 learning, 2 review, 3 relearning.
-- queue: 0 normal, 1 suspended, 2 buried with a sibling, 3 buried by hand.
-- due:   new → position; learning/relearning → unix seconds; review → study-day number.
-- original_due: for relearning, the review due day kept for when the card graduates again.
CREATE TABLE cards (
    id               INTEGER PRIMARY KEY,
    note_id          INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    deck_id          INTEGER NOT NULL REFERENCES decks(id),
    ord              INTEGER NOT NULL DEFAULT 0,
    type             INTEGER NOT NULL DEFAULT 0,
    queue            INTEGER NOT NULL DEFAULT 0,
    due              INTEGER NOT NULL DEFAULT 0,
    original_due     INTEGER NOT NULL DEFAULT 0,
    interval_days    INTEGER NOT NULL DEFAULT 0,
    ease_permille    INTEGER NOT NULL DEFAULT 0,
    lapses           INTEGER NOT NULL DEFAULT 0,
    remaining_steps  INTEGER NOT NULL DEFAULT 0,
    scheduled_secs   INTEGER NOT NULL DEFAULT 0,
    leeched          INTEGER NOT NULL DEFAULT 0,
    reps             INTEGER NOT NULL DEFAULT 0,
    flags            INTEGER NOT NULL DEFAULT 0,
    buried_until_day INTEGER NOT NULL DEFAULT 0,
    mod              INTEGER NOT NULL DEFAULT 0
);

-- One row per answer, as Anki's revlog. id = answer time in ms. Intervals: > 0 days, < 0 seconds.
-- No foreign key on card_id: history outlives deleted cards (Anki keeps it for statistics).
-- kind: ReviewKind (0 learn, 1 review, 2 relearn, 3 early, 4 manual).
CREATE TABLE revlog (
    id              INTEGER PRIMARY KEY,
    card_id         INTEGER NOT NULL,
    rating          INTEGER NOT NULL,
    interval_after  INTEGER NOT NULL,
    interval_before INTEGER NOT NULL,
    ease_permille   INTEGER NOT NULL,
    taken_ms        INTEGER NOT NULL,
    kind            INTEGER NOT NULL
);

-- Index of the files in the media folder.
CREATE TABLE media (
    name TEXT PRIMARY KEY,
    sha1 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mod  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE INDEX cards_note ON cards (note_id);

INSERT INTO presets (id, name, config) VALUES (1, 'Default', '{}');
INSERT INTO decks (id, name, preset_id) VALUES (1, 'Default', 1);
