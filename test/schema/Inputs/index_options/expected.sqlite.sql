CREATE TABLE documents (
	id INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	body TEXT, 
	data TEXT, 
	owner_id INTEGER, 
	active BOOLEAN NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_documents_body ON documents (body);

CREATE INDEX ix_documents_data ON documents (data);

CREATE INDEX ix_documents_data_ops ON documents (data);

CREATE INDEX ix_documents_lower_title ON documents (lower(title));

CREATE UNIQUE INDEX ix_documents_owner ON documents (owner_id);

CREATE INDEX ix_documents_owner_active ON documents (owner_id, active);

CREATE INDEX ix_documents_title_body ON documents (title, body);

CREATE INDEX ix_documents_title_ops ON documents (title, owner_id);

CREATE UNIQUE INDEX uq_documents_title_live ON documents (title) WHERE deleted_at IS NULL;

CREATE TABLE keyed_docs (
	id INTEGER NOT NULL, 
	title_col VARCHAR(100), 
	body VARCHAR(200), 
	PRIMARY KEY (id)
);

CREATE INDEX ix_keyed_docs_incl ON keyed_docs (body);

CREATE INDEX ix_keyed_docs_len ON keyed_docs (title_col, body);

CREATE UNIQUE INDEX ix_keyed_docs_nnd ON keyed_docs (body);

CREATE INDEX ix_keyed_docs_ops ON keyed_docs (title_col);

CREATE INDEX ix_keyed_docs_ops_name ON keyed_docs (title_col);

CREATE TABLE runs (
	id INTEGER NOT NULL, 
	"key" VARCHAR(20) NOT NULL, 
	end_time INTEGER NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_runs_coalesce_desc ON runs (coalesce(end_time, 0) DESC);

CREATE INDEX ix_runs_end_asc ON runs (end_time ASC);

CREATE INDEX ix_runs_end_nulls_last ON runs (end_time DESC NULLS LAST);

CREATE INDEX ix_runs_end_plus ON runs (end_time + 1);

CREATE INDEX ix_runs_key_end_desc ON runs ("key", end_time DESC);

CREATE INDEX ix_runs_key_incl ON runs ("key", end_time DESC);

CREATE INDEX ix_runs_lower_key_desc ON runs (lower("key") DESC);

CREATE INDEX ix_runs_neg_end ON runs (-end_time);

CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	document_id INTEGER, 
	action VARCHAR(20) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id)
);

CREATE INDEX ix_audit_log_action ON audit_log (action) WHERE action != 'read';

CREATE INDEX ix_audit_log_document ON audit_log (document_id);
