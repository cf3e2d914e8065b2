-- Calendar feeds per meeting place read the upcoming events at one place.
CREATE INDEX events_event_place_idx ON events_event (place_id, ends_at);
