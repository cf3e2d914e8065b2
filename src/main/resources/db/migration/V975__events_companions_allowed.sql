-- Decision 0044: an event may let a person bring companions; 0 means nobody comes along.
ALTER TABLE events_event ADD COLUMN companions_max INT NOT NULL DEFAULT 0;
