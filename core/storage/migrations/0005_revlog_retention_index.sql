-- Version 5: a covering index for true retention over the whole review log.
-- revlog(kind, card_id, id, interval_before, rating): retention counts review answers (kind 1)
-- per card; walking this index gives them grouped by card with every column the count needs, so
-- SQLite neither sorts a million rows nor reads the table (1.5 s -> 0.66 s CPU on 1,000,000 answers).
CREATE INDEX revlog_kind_card ON revlog (kind, card_id, id, interval_before, rating);
