CREATE TYPE account_state AS ENUM ('active', 'closed');

CREATE TABLE accounts (
	id BIGSERIAL NOT NULL, 
	uid UUID, 
	settings JSONB NOT NULL, 
	last_ip INET, 
	display_name VARCHAR(80), 
	avatar BYTEA, 
	balance NUMERIC(12, 2), 
	tags VARCHAR(20)[], 
	state VARCHAR(20), 
	PRIMARY KEY (id), 
	UNIQUE (uid)
);

CREATE TABLE logins (
	id SERIAL NOT NULL, 
	account_id BIGINT, 
	account_uid UUID, 
	PRIMARY KEY (id), 
	FOREIGN KEY(account_id) REFERENCES accounts (id), 
	FOREIGN KEY(account_uid) REFERENCES accounts (uid)
);
