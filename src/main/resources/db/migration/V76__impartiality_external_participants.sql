-- An external participant named on the project (a hired consultant invited as an outsider) declares like everyone
-- else; the register says why they are on it.
ALTER TABLE impartiality_declaration ADD COLUMN external BOOLEAN NOT NULL DEFAULT FALSE;
