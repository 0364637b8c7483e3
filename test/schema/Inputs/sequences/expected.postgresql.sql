CREATE SEQUENCE shop.invoice_number_seq INCREMENT BY 10 START WITH 1000;

CREATE SEQUENCE shop.batch_seq;

CREATE SEQUENCE audit.audit_seq MINVALUE 1 MAXVALUE 99999 CACHE 5 CYCLE;

CREATE SEQUENCE invoices_id_seq;

CREATE SEQUENCE shop.receipt_seq START WITH 500;

CREATE TABLE shop.invoices (
	id INTEGER NOT NULL, 
	number INTEGER DEFAULT nextval('shop.invoice_number_seq'), 
	receipt INTEGER, 
	note VARCHAR(20), 
	PRIMARY KEY (id)
);

CREATE SEQUENCE audit.ticket_position_seq AS SMALLINT;

CREATE SEQUENCE ticket_batch_seq INCREMENT BY 2;

CREATE TABLE shop.tickets (
	id BIGSERIAL NOT NULL, 
	position INTEGER, 
	batch INTEGER, 
	PRIMARY KEY (id)
);
