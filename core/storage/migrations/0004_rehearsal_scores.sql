-- Version 4: rehearsal mode's rubric score and answer time, one row per rehearsed answer.
-- A side table rather than revlog columns: revlog keeps Anki's layout (export, import), and most
-- answers have no rubric. revlog_id is the revlog row the answer wrote (ms timestamp).
CREATE TABLE rehearsal_log (
  revlog_id      INTEGER PRIMARY KEY REFERENCES revlog (id) ON DELETE CASCADE,
  points_ticked  INTEGER NOT NULL,
  points_total   INTEGER NOT NULL,
  score_permille INTEGER NOT NULL,   -- points_ticked / points_total x 1000, 0 without points
  duration_ms    INTEGER NOT NULL,   -- question shown to reveal
  limit_ms       INTEGER NOT NULL,   -- the countdown it was given
  recording      TEXT NOT NULL DEFAULT ''   -- file name in the media folder, '' when typed
);
