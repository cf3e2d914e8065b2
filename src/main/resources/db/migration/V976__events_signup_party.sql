-- Decision 0044: adults and children coming with the person who signed up; each takes a seat.
ALTER TABLE events_signup ADD COLUMN adults INT NOT NULL DEFAULT 0, ADD COLUMN children INT NOT NULL DEFAULT 0;
