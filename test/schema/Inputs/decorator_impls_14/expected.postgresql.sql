CREATE TYPE status_enum AS ENUM ('draft', 'sent');

CREATE TABLE a_variant_impls (
	id SERIAL NOT NULL, 
	created TIMESTAMP WITHOUT TIME ZONE, 
	PRIMARY KEY (id)
);

CREATE TABLE b_small_impl (
	id SERIAL NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE c_string_impl (
	id SERIAL NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE d_nested (
	id SERIAL NOT NULL, 
	nested_ts TIMESTAMP WITHOUT TIME ZONE, 
	ts TIMESTAMP WITHOUT TIME ZONE, 
	PRIMARY KEY (id)
);

CREATE TABLE e_variant_of_decorator (
	id BIGSERIAL NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE f_decorator_variant (
	id SERIAL NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE g_enum_variant_impl (
	id SERIAL NOT NULL, 
	status status_enum, 
	PRIMARY KEY (id)
);
