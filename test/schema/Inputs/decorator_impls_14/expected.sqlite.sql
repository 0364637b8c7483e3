CREATE TABLE a_variant_impls (
	id INTEGER NOT NULL, 
	created DATETIME, 
	PRIMARY KEY (id)
);

CREATE TABLE b_small_impl (
	id BIGINT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE c_string_impl (
	id INTEGER NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE d_nested (
	id BIGINT NOT NULL, 
	nested_ts TIMESTAMP, 
	ts TIMESTAMP, 
	PRIMARY KEY (id)
);

CREATE TABLE e_variant_of_decorator (
	id SMALLINT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE f_decorator_variant (
	id BIGINT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE g_enum_variant_impl (
	id INTEGER NOT NULL, 
	status VARCHAR(20), 
	PRIMARY KEY (id)
);
