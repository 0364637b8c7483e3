CREATE TABLE banana (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	ripeness ENUM('green','ripe') NOT NULL, 
	flavour ENUM('sweet','sour') NOT NULL, 
	status ENUM('new','done') NOT NULL, 
	phase ENUM('early','late') NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE market (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	day ENUM('mon','tue'), 
	status ENUM('new','done'), 
	PRIMARY KEY (id)
);

CREATE TABLE zebra (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	kind VARCHAR(20) NOT NULL, 
	mood ENUM('calm','wild') NOT NULL, 
	size ENUM('small','big') NOT NULL, 
	stripes ENUM('thin','wide'), 
	PRIMARY KEY (id)
);

CREATE TABLE apple (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	zebra_id INTEGER NOT NULL, 
	size ENUM('small','big') NOT NULL, 
	grade ENUM('a','b') NOT NULL, 
	status ENUM('new','done') NOT NULL, 
	phase ENUM('early','late') NOT NULL, 
	color ENUM('red','green') NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(zebra_id) REFERENCES zebra (id)
);
