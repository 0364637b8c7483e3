CREATE TABLE audit_events (
	id SERIAL NOT NULL, 
	actor_id INTEGER NOT NULL, 
	parent_id INTEGER, 
	kind VARCHAR(20) NOT NULL, 
	payload_size INTEGER NOT NULL, 
	CONSTRAINT audit_events_pkey PRIMARY KEY (id), 
	CONSTRAINT ck_audit_events_payload_limit CHECK (payload_size < 1048576), 
	CONSTRAINT ck_audit_events_kind_present CHECK (kind <> ''), 
	CONSTRAINT audit_events_actor_id_kind_key UNIQUE (actor_id, kind), 
	CONSTRAINT audit_events_parent_id_fkey FOREIGN KEY(parent_id) REFERENCES audit_events (id)
);

CREATE INDEX audit_events_actor_id_idx ON audit_events (actor_id);

CREATE INDEX audit_events_kind_payload_size_idx ON audit_events (kind, payload_size);

CREATE TABLE organizations (
	id INTEGER NOT NULL, 
	region VARCHAR(8) NOT NULL, 
	slug VARCHAR(40) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	CONSTRAINT pk_organizations PRIMARY KEY (id, region), 
	CONSTRAINT slug_min_length CHECK (length(slug) > 2), 
	CONSTRAINT uq_organizations_slug UNIQUE (slug)
);

CREATE INDEX ix_organizations_name ON organizations (name);

CREATE TABLE members (
	id SERIAL NOT NULL, 
	org_id INTEGER NOT NULL, 
	org_region VARCHAR(8) NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	handle VARCHAR(40) NOT NULL, 
	age INTEGER NOT NULL CONSTRAINT ck_members_ CHECK (age >= 0), 
	CONSTRAINT pk_members PRIMARY KEY (id), 
	CONSTRAINT fk_members_org_idorg_region_organizations FOREIGN KEY(org_id, org_region) REFERENCES organizations (id, region), 
	CONSTRAINT uq_members_org_id_handle UNIQUE (org_id, handle), 
	CONSTRAINT member_contact UNIQUE (email, handle)
);

CREATE UNIQUE INDEX ix_members_email ON members (email);

CREATE INDEX ix_members_org_region ON members (org_region, handle);

CREATE INDEX member_handle_lookup ON members (handle);

CREATE TABLE customer_subscription_billing_history_entries (
	id SERIAL NOT NULL, 
	member_id INTEGER NOT NULL, 
	invoice_numbers VARCHAR(32) NOT NULL, 
	plan VARCHAR(20) NOT NULL, 
	amount_cents INTEGER NOT NULL, 
	CONSTRAINT pk_customer_subscription_billing_history_entries PRIMARY KEY (id), 
	CONSTRAINT uq_customer_subscription_billing_history_entries_member_b800 UNIQUE (member_id, plan, amount_cents), 
	CONSTRAINT ck_customer_subscription_billing_history_entries_ CHECK (amount_cents >= 0), 
	CONSTRAINT fk_customer_subscription_billing_history_entries_member_d665 FOREIGN KEY(member_id) REFERENCES members (id)
);

CREATE INDEX ix_customer_subscription_billing_history_entries_invoic_df7a ON customer_subscription_billing_history_entries (invoice_numbers);
