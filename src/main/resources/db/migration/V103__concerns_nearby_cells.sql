-- Similar open concerns nearby (every report asks): a cell of about 280 x 270 m per concern, so
-- the search reads the open concerns of one category in the few cells around the point instead
-- of every open concern of that category in the city (decision 0762). The same formula is in
-- JdbcConcerns.nearbyCells.
ALTER TABLE concerns ADD COLUMN nearby_cell BIGINT
  GENERATED ALWAYS AS (floor(latitude * 400)::bigint * 100000 + floor(longitude * 300)::bigint + 50000) STORED;

CREATE INDEX concerns_open_nearby ON concerns (category, nearby_cell, requested_at DESC)
  WHERE status IN ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REFERRED');
