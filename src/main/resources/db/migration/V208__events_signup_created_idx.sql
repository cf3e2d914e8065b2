-- Sign-ups by the time they were made (the follow-up dashboard's current month, retention of past
-- sign-ups): the columns those statements read, so the index alone answers them.
CREATE INDEX events_signup_created_idx ON events_signup (created_at, status, event_id, account_id);
