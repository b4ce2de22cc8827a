-- Version 2: undo for answers. `snapshot` is JSON holding the card row before the answer and the
-- rows of the siblings it buried, so undo restores them column for column.
CREATE TABLE undo_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind      TEXT NOT NULL,
    card_id   INTEGER NOT NULL,
    revlog_id INTEGER NOT NULL,
    snapshot  TEXT NOT NULL,
    created   INTEGER NOT NULL DEFAULT 0
);
