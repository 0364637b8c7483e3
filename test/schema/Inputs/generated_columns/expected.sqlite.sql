CREATE TABLE audit_log (
	entry_no INTEGER NOT NULL, 
	serial BIGINT NOT NULL, 
	reference INTEGER, 
	message VARCHAR(200) NOT NULL, 
	PRIMARY KEY (entry_no)
);

CREATE TABLE counters (
	id SMALLINT NOT NULL, 
	label VARCHAR(30) GENERATED ALWAYS AS ('counter ' || id), 
	PRIMARY KEY (id)
);

CREATE TABLE products (
	id INTEGER NOT NULL, 
	name VARCHAR(80) NOT NULL, 
	unit_price NUMERIC(12, 2) NOT NULL, 
	vat_rate NUMERIC(4, 3) DEFAULT '0.2' NOT NULL, 
	price_with_vat NUMERIC(12, 2) GENERATED ALWAYS AS (unit_price * (1 + vat_rate)), 
	name_length INTEGER GENERATED ALWAYS AS (length(name)) STORED, 
	slug VARCHAR(80) NOT NULL GENERATED ALWAYS AS (lower(name)), 
	PRIMARY KEY (id)
);

CREATE TABLE shipments (
	id BIGINT NOT NULL, 
	product_id INTEGER NOT NULL, 
	quantity SMALLINT NOT NULL CHECK (quantity > 0), 
	weight_kg NUMERIC(8, 3) NOT NULL, 
	total_kg NUMERIC(10, 3) GENERATED ALWAYS AS (quantity * weight_kg) STORED, 
	shipped_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id), 
	FOREIGN KEY(product_id) REFERENCES products (id)
);
