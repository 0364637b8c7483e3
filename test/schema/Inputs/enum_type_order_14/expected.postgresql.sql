CREATE TYPE mood_t AS ENUM ('calm', 'wild');

CREATE TYPE status_t AS ENUM ('new', 'done');

CREATE TYPE grade_t AS ENUM ('a', 'b');

CREATE TYPE phase_t AS ENUM ('early', 'late');

CREATE TYPE stripes_t AS ENUM ('thin', 'wide');

CREATE TYPE late_t AS ENUM ('x', 'y');

CREATE TYPE day_t AS ENUM ('mon', 'tue');

CREATE TYPE extra_t AS ENUM ('e');

CREATE TYPE ripeness_t AS ENUM ('green', 'ripe');

CREATE TABLE banana (
	id SERIAL NOT NULL, 
	ripeness ripeness_t, 
	PRIMARY KEY (id)
);

CREATE TABLE market (
	id SERIAL NOT NULL, 
	day day_t, 
	extra extra_t, 
	PRIMARY KEY (id)
);

CREATE TABLE zebra (
	id SERIAL NOT NULL, 
	kind VARCHAR(20), 
	mood mood_t, 
	stripes stripes_t, 
	PRIMARY KEY (id)
);

CREATE TABLE apple (
	status status_t, 
	grade grade_t, 
	id SERIAL NOT NULL, 
	zebra_id INTEGER, 
	phase phase_t, 
	late late_t, 
	PRIMARY KEY (id), 
	FOREIGN KEY(zebra_id) REFERENCES zebra (id)
);
