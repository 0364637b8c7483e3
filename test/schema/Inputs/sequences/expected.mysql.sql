CREATE TABLE shop.invoices (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	number INTEGER DEFAULT nextval(shop.invoice_number_seq), 
	receipt INTEGER, 
	note VARCHAR(20), 
	PRIMARY KEY (id)
);

CREATE TABLE shop.tickets (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	position INTEGER, 
	batch INTEGER, 
	PRIMARY KEY (id)
);
