CREATE TYPE invoice_state AS ENUM ('open', 'paid');

CREATE TYPE unused_kind AS ENUM ('x', 'y');

CREATE TYPE old_side AS ENUM ('debit', 'credit');

CREATE TYPE memo_kind AS ENUM ('short', 'long');

CREATE TYPE new_side AS ENUM ('left', 'right');

CREATE TYPE payment_method AS ENUM ('card', 'cash');

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
