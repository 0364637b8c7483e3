CREATE TABLE arch.box (
	id NUMERIC(10, 0) NOT NULL AUTO_INCREMENT, 
	label VARCHAR(10), 
	PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_arch_box_label ON arch.box (label);

CREATE TABLE edge (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	src_id INTEGER NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE label (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	PRIMARY KEY (id)
);

CREATE TABLE node (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	first_edge_id BIGINT, 
	parent_id INTEGER, 
	PRIMARY KEY (id)
);

CREATE TABLE `order` (
	id SMALLINT NOT NULL AUTO_INCREMENT, 
	user VARCHAR(30) NOT NULL COMMENT 'who ordered', 
	`Group` VARCHAR(10), 
	amount INTEGER NOT NULL DEFAULT 1, 
	mood ENUM('happy','sad') NOT NULL, 
	moods JSON, 
	stamp TIMESTAMP NULL, 
	stamp2 TIMESTAMP NOT NULL DEFAULT now(), 
	PRIMARY KEY (id), 
	UNIQUE (user, `Group`), 
	CONSTRAINT positive CHECK (amount > 0), 
	UNIQUE (mood)
)COMMENT='the orders; it''s 100%%';

CREATE INDEX `ix_order_Group` ON `order` (`Group`);

CREATE INDEX ix_order_lower_user ON `order` ((lower(user)));

CREATE TABLE arch.archive (
	id INTEGER NOT NULL, 
	ref INTEGER, 
	note VARCHAR(20) COMMENT 'a note' DEFAULT 'n/a', 
	PRIMARY KEY (id), 
	CONSTRAINT uq_ref UNIQUE (ref), 
	FOREIGN KEY(ref) REFERENCES arch.box (id)
)COMMENT='archived';

CREATE TABLE line (
	order_id SMALLINT NOT NULL, 
	n INTEGER NOT NULL, 
	qty INTEGER NOT NULL CHECK (qty > 0), 
	CONSTRAINT line_pk PRIMARY KEY (order_id, n), 
	CONSTRAINT line_order_fk FOREIGN KEY(order_id) REFERENCES `order` (id) ON DELETE CASCADE
);

CREATE TABLE shelf (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	favourite_id INTEGER, 
	label_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(label_id) REFERENCES label (id)
);

CREATE TABLE book (
	id INTEGER NOT NULL AUTO_INCREMENT, 
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
