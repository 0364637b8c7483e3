CREATE TABLE audit (
	item_id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	label VARCHAR(40) NOT NULL, 
	score INTEGER NOT NULL, 
	PRIMARY KEY (item_id, at), 
	UNIQUE (label, at), 
	CONSTRAINT ck_score CHECK (score >= 0)
);

CREATE TABLE contacts (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	email VARCHAR(80), 
	name VARCHAR(80) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (email)
);

CREATE TABLE counters (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	value INTEGER, 
	PRIMARY KEY (id)
);
