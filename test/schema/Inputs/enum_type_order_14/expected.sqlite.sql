CREATE TABLE banana (
	id INTEGER NOT NULL, 
	ripeness VARCHAR(5), 
	PRIMARY KEY (id)
);

CREATE TABLE market (
	id INTEGER NOT NULL, 
	day VARCHAR(3), 
	extra VARCHAR(1), 
	PRIMARY KEY (id)
);

CREATE TABLE zebra (
	id INTEGER NOT NULL, 
	kind VARCHAR(20), 
	mood VARCHAR(4), 
	stripes VARCHAR(4), 
	PRIMARY KEY (id)
);

CREATE TABLE apple (
	status VARCHAR(4), 
	grade VARCHAR(1), 
	id INTEGER NOT NULL, 
	zebra_id INTEGER, 
	phase VARCHAR(5), 
	late VARCHAR(1), 
	PRIMARY KEY (id), 
	FOREIGN KEY(zebra_id) REFERENCES zebra (id)
);
