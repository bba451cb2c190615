-- ShedLock's table: a scheduled job runs on one node at a time when several nodes serve a city.
CREATE TABLE shedlock (
	name VARCHAR(64) NOT NULL PRIMARY KEY,
	lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
	locked_at TIMESTAMP WITH TIME ZONE NOT NULL,
	locked_by VARCHAR(255) NOT NULL
);
