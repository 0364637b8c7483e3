CREATE TYPE order_status AS ENUM ('PENDING', 'PAID', 'SHIPPED', 'CANCELLED');

CREATE TABLE customers (
	id SERIAL NOT NULL, 
	email VARCHAR(320) NOT NULL, 
	display_name VARCHAR(100), 
	is_active BOOLEAN DEFAULT 'true' NOT NULL, 
	created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
	updated_at TIMESTAMP WITHOUT TIME ZONE, 
	CONSTRAINT pk_customers PRIMARY KEY (id), 
	CONSTRAINT uq_customers_email UNIQUE (email)
);

CREATE TABLE products (
	id SERIAL NOT NULL, 
	sku VARCHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	description TEXT, 
	price NUMERIC(10, 2) NOT NULL, 
	created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
	updated_at TIMESTAMP WITHOUT TIME ZONE, 
	CONSTRAINT pk_products PRIMARY KEY (id), 
	CONSTRAINT ck_products_price_non_negative CHECK (price >= 0), 
	CONSTRAINT uq_products_sku UNIQUE (sku)
);

CREATE TABLE tags (
	id SERIAL NOT NULL, 
	label VARCHAR(50) NOT NULL, 
	CONSTRAINT pk_tags PRIMARY KEY (id), 
	CONSTRAINT uq_tags_label UNIQUE (label)
);

CREATE TABLE addresses (
	id SERIAL NOT NULL, 
	customer_id INTEGER NOT NULL, 
	street VARCHAR(200) NOT NULL, 
	city VARCHAR(100) NOT NULL, 
	postcode VARCHAR(20), 
	CONSTRAINT pk_addresses PRIMARY KEY (id), 
	CONSTRAINT fk_addresses_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_addresses_customer_id ON addresses (customer_id);

CREATE TABLE orders (
	id SERIAL NOT NULL, 
	customer_id INTEGER NOT NULL, 
	status order_status NOT NULL, 
	discount NUMERIC(10, 2), 
	created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
	updated_at TIMESTAMP WITHOUT TIME ZONE, 
	CONSTRAINT pk_orders PRIMARY KEY (id), 
	CONSTRAINT fk_orders_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id)
);

CREATE INDEX ix_orders_customer_status ON orders (customer_id, status);

CREATE TABLE product_tags (
	product_id INTEGER NOT NULL, 
	tag_id INTEGER NOT NULL, 
	CONSTRAINT pk_product_tags PRIMARY KEY (product_id, tag_id), 
	CONSTRAINT fk_product_tags_product_id_products FOREIGN KEY(product_id) REFERENCES products (id), 
	CONSTRAINT fk_product_tags_tag_id_tags FOREIGN KEY(tag_id) REFERENCES tags (id)
);

CREATE TABLE order_lines (
	order_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	product_id INTEGER NOT NULL, 
	quantity INTEGER NOT NULL, 
	unit_price NUMERIC(10, 2) NOT NULL, 
	CONSTRAINT pk_order_lines PRIMARY KEY (order_id, position), 
	CONSTRAINT fk_order_lines_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id), 
	CONSTRAINT fk_order_lines_product_id_products FOREIGN KEY(product_id) REFERENCES products (id)
);
