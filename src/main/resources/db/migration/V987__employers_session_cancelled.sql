-- A cancelled session stays visible as cancelled, with the reason participants were given.
ALTER TABLE employers_session
    ADD COLUMN cancelled_at timestamp(6) NULL,
    ADD COLUMN cancel_reason varchar(500) NULL;
