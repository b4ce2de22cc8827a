-- Version 6: a deck's "today only" limits (Anki's "Today only" new/review limits). They hold on
-- study day `day` only; on any other day the deck's preset applies again. NULL: no override of
-- that kind. Removing the deck removes its row.
CREATE TABLE deck_limits (
  deck_id       INTEGER PRIMARY KEY REFERENCES decks (id) ON DELETE CASCADE,
  day           INTEGER NOT NULL,   -- study-day number (see StudyDay) the limits were set for
  new_today     INTEGER,            -- new cards/day on that day
  reviews_today INTEGER             -- reviews/day on that day
);
