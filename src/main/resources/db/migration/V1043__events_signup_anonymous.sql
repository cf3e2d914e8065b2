-- Retention: a past sign-up is anonymised after a while (brobygge.retention.past-sign-ups): the
-- row stays for the event's statistics, without the person.
ALTER TABLE events_signup MODIFY account_id BIGINT NULL;
