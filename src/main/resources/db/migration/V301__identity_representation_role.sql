-- A representative's role in the organisation: chair, contact person or editor.
ALTER TABLE identity_representation ADD COLUMN representative_role VARCHAR(24) NOT NULL DEFAULT 'EDITOR';
