CREATE TABLE invoice (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	state ENUM('open','paid'), 
	PRIMARY KEY (id)
);

CREATE TABLE ledger (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	side ENUM('left','right'), 
	memo ENUM('short','long'), 
	PRIMARY KEY (id)
);

CREATE TABLE payment (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	method ENUM('card','cash'), 
	PRIMARY KEY (id)
);

CREATE TABLE shipment (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	carrier ENUM('ups','dhl'), 
	status ENUM('new','sent'), 
	speed ENUM('slow','fast'), 
	PRIMARY KEY (id)
);
