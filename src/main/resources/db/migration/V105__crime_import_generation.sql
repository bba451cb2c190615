-- One number every import adds one to, in its transaction (decision 0413): a command importing
-- several files remembers which incidents its earlier files stored, and trusts that memory for the
-- next file only while no other import came in between (the number is still its own).
CREATE TABLE crime_import_generation
(
  id         BOOLEAN PRIMARY KEY DEFAULT true CHECK (id),
  generation BIGINT NOT NULL
);

INSERT INTO crime_import_generation (id, generation) VALUES (true, 0);
