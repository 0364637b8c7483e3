CREATE TABLE items (
	id INTEGER NOT NULL, 
	created TEXT NOT NULL, 
	kind ENUMX, 
	state ENUMX, 
	active TINYINT(1), 
	scores JSON, 
	doc JSON, 
	meta JSON, 
	seen TEXT, 
	code VARCHAR(10), 
	label TEXT COLLATE NOCASE, 
	title VARCHAR(40), 
	slug SLUG, 
	handle VARCHAR(20), 
	PRIMARY KEY (id), 
	CONSTRAINT item_state CHECK (state IN ('new', 'used')), 
	CONSTRAINT ck_active CHECK (active IN (0, 1))
);
