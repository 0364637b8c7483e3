CREATE TABLE invoice (
	id INTEGER NOT NULL, 
	state VARCHAR(4), 
	PRIMARY KEY (id)
);

CREATE TABLE ledger (
	id INTEGER NOT NULL, 
	side VARCHAR(5), 
	memo VARCHAR(5), 
	PRIMARY KEY (id)
);

CREATE TABLE payment (
	id INTEGER NOT NULL, 
	method VARCHAR(4), 
	PRIMARY KEY (id)
);

CREATE TABLE shipment (
	id INTEGER NOT NULL, 
	carrier VARCHAR(3), 
	status VARCHAR(4), 
	speed VARCHAR(4), 
	PRIMARY KEY (id)
);
