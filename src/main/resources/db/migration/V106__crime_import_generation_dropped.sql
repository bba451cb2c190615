-- The import generation (V105) told a command's next file whether another import had come
-- between its files. A command's files are now imported in one transaction (decision
-- 0414), so nothing can come between them and the generation is not needed.
DROP TABLE crime_import_generation;
