CREATE TABLE items (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created DATETIME(6) NOT NULL, 
	kind ENUMX, 
	state ENUMX, 
	active TINYINT(1), 
	scores JSON, 
	doc JSON, 
	meta JSON, 
	seen DATETIME(6), 
	code VARCHAR(10) COLLATE utf8mb4_bin, 
	label TEXT, 
	title VARCHAR(40) COLLATE utf8mb4_bin, 
	slug VARCHAR(20) /* tag */, 
	handle VARCHAR(20), 
	PRIMARY KEY (id), 
	CONSTRAINT ck_active CHECK (active IN (0, 1))
);
