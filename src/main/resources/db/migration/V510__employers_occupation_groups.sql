-- Occupations now come from the shared SSYK 2012 list of sub-major groups (two digits): keep the
-- group of the four-digit unit codes stored before.
update employers_card set occupation = left(occupation, 2) where occupation regexp '^[0-9]{4}$';
update employers_posting set occupation = left(occupation, 2) where occupation regexp '^[0-9]{4}$';
