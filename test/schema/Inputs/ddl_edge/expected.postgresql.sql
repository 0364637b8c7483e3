CREATE TYPE mood AS ENUM ('happy', 'sad');

CREATE TYPE mood_list AS ENUM ('happy', 'sad');

CREATE TABLE arch.box (
	id SERIAL NOT NULL, 
	label VARCHAR(10), 
	PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_arch_box_label ON arch.box (label);

CREATE TABLE edge (
	id BIGSERIAL NOT NULL, 
	src_id INTEGER NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE label (
	id SERIAL NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE node (
	id SERIAL NOT NULL, 
	first_edge_id BIGINT, 
	parent_id INTEGER, 
	PRIMARY KEY (id)
);

CREATE TABLE "order" (
	id SMALLSERIAL NOT NULL, 
	"user" VARCHAR(30) NOT NULL, 
	"Group" VARCHAR(10), 
	amount INTEGER DEFAULT 1 NOT NULL, 
	mood mood NOT NULL, 
	moods mood_list[], 
	stamp TIMESTAMP WITH TIME ZONE, 
	stamp2 TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE ("user", "Group"), 
	CONSTRAINT positive CHECK (amount > 0), 
	UNIQUE (mood)
);

CREATE INDEX "ix_order_Group" ON "order" ("Group");

CREATE INDEX ix_order_lower_user ON "order" (lower(user));

COMMENT ON TABLE "order" IS 'the orders; it''s 100%%';

COMMENT ON COLUMN "order"."user" IS 'who ordered';

CREATE TABLE arch.archive (
	id INTEGER NOT NULL, 
	ref INTEGER, 
	note VARCHAR(20) DEFAULT 'n/a', 
	PRIMARY KEY (id), 
	CONSTRAINT uq_ref UNIQUE (ref), 
	FOREIGN KEY(ref) REFERENCES arch.box (id)
);

COMMENT ON TABLE arch.archive IS 'archived';

COMMENT ON COLUMN arch.archive.note IS 'a note';

CREATE TABLE line (
	order_id SMALLINT NOT NULL, 
	n INTEGER NOT NULL, 
	qty INTEGER NOT NULL CHECK (qty > 0), 
	CONSTRAINT line_pk PRIMARY KEY (order_id, n), 
	CONSTRAINT line_order_fk FOREIGN KEY(order_id) REFERENCES "order" (id) ON DELETE CASCADE
);

CREATE TABLE shelf (
	id SERIAL NOT NULL, 
	favourite_id INTEGER, 
	label_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(label_id) REFERENCES label (id)
);

CREATE TABLE book (
	id SERIAL NOT NULL, 
	shelf_id INTEGER, 
	label_id INTEGER, 
	other_label_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(shelf_id) REFERENCES shelf (id), 
	FOREIGN KEY(label_id) REFERENCES label (id)
);

ALTER TABLE edge ADD FOREIGN KEY(src_id) REFERENCES node (id);

ALTER TABLE node ADD FOREIGN KEY(first_edge_id) REFERENCES edge (id);

ALTER TABLE node ADD FOREIGN KEY(parent_id) REFERENCES node (id) ON DELETE SET NULL;

ALTER TABLE shelf ADD CONSTRAINT fk_shelf_favourite FOREIGN KEY(favourite_id) REFERENCES book (id);

ALTER TABLE book ADD CONSTRAINT fk_book_other_label FOREIGN KEY(other_label_id) REFERENCES label (id);
