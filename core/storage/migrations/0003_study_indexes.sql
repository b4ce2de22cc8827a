-- Version 3: indexes for the study queue and statistics.
-- cards(deck_id, queue, type, due): every due count and queue gather is a range of this index
-- (rowid = card id is implied last, so "ORDER BY due, id" needs no sort).
CREATE INDEX cards_queue ON cards (deck_id, queue, type, due);
-- revlog(card_id): a card's history and deleting it.
CREATE INDEX revlog_card ON revlog (card_id);
-- Buried cards come back by day; the sweep and counts look them up by queue.
CREATE INDEX cards_buried ON cards (queue, buried_until_day) WHERE queue IN (2, 3);
