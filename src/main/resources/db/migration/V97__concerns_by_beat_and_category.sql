-- Open311 clients ask for one beat and one service_code (GET requests.json?beat=&service_code=):
-- read newest first from this index and stop at the limit, instead of reading every concern of
-- the beat in the window and dropping the other categories.
CREATE INDEX concerns_by_beat_and_category ON concerns (beat, category, requested_at DESC, id DESC);
