CREATE TABLE events (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	happened_at DATETIME NOT NULL DEFAULT now(), 
	retries INTEGER NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE logs (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	logged_at DATETIME NOT NULL DEFAULT now(), 
	kind VARCHAR(10) DEFAULT 'x', 
	created DATETIME DEFAULT now(), 
	touched DATETIME, 
	level INTEGER, 
	stamped DATETIME, 
	fetched INTEGER, 
	source VARCHAR(10) DEFAULT 'keyword', 
	PRIMARY KEY (id)
);
