CREATE TYPE mood_t AS ENUM ('calm', 'wild');

CREATE TYPE size_t AS ENUM ('small', 'big');

CREATE TYPE grade_t AS ENUM ('a', 'b');

CREATE TYPE status_t AS ENUM ('new', 'done');

CREATE TYPE phase_t AS ENUM ('early', 'late');

CREATE TYPE color_t AS ENUM ('red', 'green');

CREATE TYPE flavour_t AS ENUM ('sweet', 'sour');

CREATE TYPE stripes_t AS ENUM ('thin', 'wide');

CREATE TYPE day_t AS ENUM ('mon', 'tue');

CREATE TYPE ripeness_t AS ENUM ('green', 'ripe');

CREATE TABLE banana (
	id SERIAL NOT NULL, 
	ripeness ripeness_t NOT NULL, 
	flavour flavour_t NOT NULL, 
	status status_t NOT NULL, 
	phase phase_t NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE market (
	id SERIAL NOT NULL, 
	day day_t, 
	status status_t, 
	PRIMARY KEY (id)
);

CREATE TABLE zebra (
	id SERIAL NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	mood mood_t NOT NULL, 
	size size_t NOT NULL, 
	stripes stripes_t, 
	PRIMARY KEY (id)
);

CREATE TABLE apple (
	id SERIAL NOT NULL, 
	zebra_id INTEGER NOT NULL, 
	size size_t NOT NULL, 
	grade grade_t NOT NULL, 
	status status_t NOT NULL, 
	phase phase_t NOT NULL, 
	color color_t NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(zebra_id) REFERENCES zebra (id)
);
