CREATE TYPE item_kind AS ENUM ('book', 'disc');

CREATE TYPE item_state AS ENUM ('new', 'used');

CREATE TABLE items (
	id SERIAL NOT NULL, 
	created TIMESTAMP(6) NOT NULL, 
	kind ENUMX, 
	state ENUMX, 
	active BOOLEAN, 
	scores DOUBLE PRECISION[], 
	doc JSONB, 
	meta JSONB, 
	seen TIMESTAMP(6), 
	code CITEXT, 
	label TEXT, 
	title VARCHAR(40), 
	slug VARCHAR(20) /* tag */, 
	handle VARCHAR(20), 
	PRIMARY KEY (id)
);
