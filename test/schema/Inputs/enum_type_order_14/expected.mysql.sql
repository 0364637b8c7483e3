CREATE TABLE banana (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	ripeness ENUM('green','ripe'), 
	PRIMARY KEY (id)
);

CREATE TABLE market (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	day ENUM('mon','tue'), 
	extra ENUM('e'), 
	PRIMARY KEY (id)
);

CREATE TABLE zebra (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	kind VARCHAR(20), 
	mood ENUM('calm','wild'), 
	stripes ENUM('thin','wide'), 
	PRIMARY KEY (id)
);

CREATE TABLE apple (
	status ENUM('new','done'), 
	grade ENUM('a','b'), 
	id INTEGER NOT NULL AUTO_INCREMENT, 
	zebra_id INTEGER, 
	phase ENUM('early','late'), 
	late ENUM('x','y'), 
	PRIMARY KEY (id), 
	FOREIGN KEY(zebra_id) REFERENCES zebra (id)
);
