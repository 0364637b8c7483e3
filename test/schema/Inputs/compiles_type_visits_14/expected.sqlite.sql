CREATE TABLE accounts (
	id INTEGER NOT NULL, 
	uid VARCHAR(36), 
	settings JSON NOT NULL, 
	last_ip VARCHAR(45), 
	display_name VARCHAR(80), 
	avatar BLOB, 
	balance NUMERIC(12, 2), 
	tags JSON, 
	state VARCHAR(6), 
	PRIMARY KEY (id), 
	UNIQUE (uid)
);

CREATE TABLE logins (
	id INTEGER NOT NULL, 
	account_id INTEGER, 
	account_uid VARCHAR(36), 
	PRIMARY KEY (id), 
	FOREIGN KEY(account_id) REFERENCES accounts (id), 
	FOREIGN KEY(account_uid) REFERENCES accounts (uid)
);
