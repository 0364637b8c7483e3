CREATE TYPE invoice_state AS ENUM ('open', 'paid');

CREATE TYPE unused_kind AS ENUM ('x', 'y');

CREATE TYPE old_side AS ENUM ('debit', 'credit');

CREATE TYPE memo_kind AS ENUM ('short', 'long');

CREATE TYPE new_side AS ENUM ('left', 'right');

CREATE TYPE payment_method AS ENUM ('card', 'cash');

CREATE TYPE shipment_status AS ENUM ('new', 'sent');

CREATE TYPE shipment_speed AS ENUM ('slow', 'fast');

CREATE TYPE carrier AS ENUM ('ups', 'dhl');

CREATE TYPE spare_kind AS ENUM ('a', 'b');

CREATE TABLE invoice (
	id SERIAL NOT NULL, 
	state invoice_state, 
	PRIMARY KEY (id)
);

CREATE TABLE ledger (
	id SERIAL NOT NULL, 
	side new_side, 
	memo memo_kind, 
	PRIMARY KEY (id)
);

CREATE TABLE payment (
	id SERIAL NOT NULL, 
	method payment_method, 
	PRIMARY KEY (id)
);

CREATE TABLE shipment (
	id SERIAL NOT NULL, 
	carrier carrier, 
	status shipment_status, 
	speed shipment_speed, 
	PRIMARY KEY (id)
);
