CREATE TABLE arch.box (
	id NUMERIC(10, 0) NOT NULL, 
	label VARCHAR(10), 
	PRIMARY KEY (id)
);

CREATE UNIQUE INDEX arch.ix_arch_box_label ON box (label);

CREATE TABLE edge (
	id BIGINT NOT NULL, 
	src_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(src_id) REFERENCES node (id)
);

CREATE TABLE label (
	id INTEGER NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE node (
	id INTEGER NOT NULL, 
	first_edge_id BIGINT, 
	parent_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(first_edge_id) REFERENCES edge (id), 
	FOREIGN KEY(parent_id) REFERENCES node (id) ON DELETE SET NULL
);

CREATE TABLE "order" (
	id SMALLINT NOT NULL, 
	user VARCHAR(30) NOT NULL, 
	"Group" VARCHAR(10), 
	amount INTEGER DEFAULT 1 NOT NULL, 
	mood VARCHAR(5) NOT NULL, 
	moods JSON, 
	stamp TIMESTAMP, 
	stamp2 TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (user, "Group"), 
	CONSTRAINT positive CHECK (amount > 0), 
	UNIQUE (mood)
);

CREATE INDEX "ix_order_Group" ON "order" ("Group");

CREATE INDEX ix_order_lower_user ON "order" (lower(user));

CREATE TABLE arch.archive (
	id INTEGER NOT NULL, 
	ref INTEGER, 
	note VARCHAR(20) DEFAULT 'n/a', 
	PRIMARY KEY (id), 
	CONSTRAINT uq_ref UNIQUE (ref), 
	FOREIGN KEY(ref) REFERENCES box (id)
);

CREATE TABLE line (
	order_id SMALLINT NOT NULL, 
	n INTEGER NOT NULL, 
	qty INTEGER NOT NULL CHECK (qty > 0), 
	CONSTRAINT line_pk PRIMARY KEY (order_id, n), 
	CONSTRAINT line_order_fk FOREIGN KEY(order_id) REFERENCES "order" (id) ON DELETE CASCADE
);

CREATE TABLE shelf (
	id INTEGER NOT NULL, 
	favourite_id INTEGER, 
	label_id INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_shelf_favourite FOREIGN KEY(favourite_id) REFERENCES book (id), 
	FOREIGN KEY(label_id) REFERENCES label (id)
);

CREATE TABLE book (
	id INTEGER NOT NULL, 
	shelf_id INTEGER, 
	label_id INTEGER, 
	other_label_id INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_book_other_label FOREIGN KEY(other_label_id) REFERENCES label (id), 
	FOREIGN KEY(shelf_id) REFERENCES shelf (id), 
	FOREIGN KEY(label_id) REFERENCES label (id)
);
