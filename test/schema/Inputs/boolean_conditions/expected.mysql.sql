CREATE TABLE files (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	release_id INTEGER NOT NULL, 
	packagetype VARCHAR(20) NOT NULL, 
	allow_multiple BOOL NOT NULL, 
	yanked BOOL NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_no_multi CHECK (allow_multiple != true), 
	CONSTRAINT ck_yanked_is CHECK (yanked IS false), 
	CONSTRAINT ck_yanked_is_not CHECK (yanked IS NOT true), 
	CONSTRAINT ck_yanked_true CHECK (yanked = true)
);

CREATE INDEX files_multi ON files (release_id);

CREATE UNIQUE INDEX files_single_sdist ON files (release_id, packagetype);

CREATE TABLE flagged (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	flag BOOL NOT NULL, 
	n INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_bare CHECK (flag), 
	CONSTRAINT ck_and CHECK (flag = 1 AND n > 0), 
	CONSTRAINT ck_or CHECK (n < 0 OR flag = 1), 
	CONSTRAINT ck_invert CHECK (flag = 0), 
	CONSTRAINT ck_not CHECK (flag = 0), 
	CONSTRAINT ck_and_invert CHECK (flag = 0 AND n > 0), 
	CONSTRAINT ck_not_eq CHECK (n != 1), 
	CONSTRAINT ck_and_true CHECK (n > 1), 
	CONSTRAINT ck_or_false CHECK (n > 2), 
	CONSTRAINT ck_int_bool CHECK (n != false)
);

CREATE INDEX ix_flag_n ON flagged (n);
