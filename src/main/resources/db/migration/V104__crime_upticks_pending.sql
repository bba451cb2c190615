-- Beats whose upticks are still to be recomputed, and from which week (decision 0412). Every
-- import notes here, in its own transaction, the beats whose weekly counts it changed; the
-- recomputation takes them out in its transaction. An import of several files in one command
-- recomputes once, after the last file; if the command dies before that, the next import or the
-- check every minute does it.
CREATE TABLE crime_upticks_pending
(
  beat         TEXT PRIMARY KEY,
  changed_from DATE NOT NULL
);
