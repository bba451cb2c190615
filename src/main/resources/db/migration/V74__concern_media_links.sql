-- A photo link an Open311 client sent as media_url (decision 0708): stored, never fetched,
-- shown to staff; public only once staff published it (who and when kept).
CREATE TABLE concern_media_links
(
  concern_id           BIGINT PRIMARY KEY REFERENCES concerns (id) ON DELETE CASCADE,
  url                  TEXT NOT NULL CHECK (length(url) <= 2000),
  published_at         TIMESTAMP WITH TIME ZONE,
  published_by         BIGINT,
  published_role       TEXT
);
