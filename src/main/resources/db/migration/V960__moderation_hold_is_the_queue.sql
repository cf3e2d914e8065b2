-- Decision 0020, amended: content held for review is recorded by its queue entry (review =
-- PREMODERATION) alone; "hidden" means hidden by a moderator, by reports or with a block. Held
-- items (hidden without a reason) move over: in the queue as held, no longer marked hidden.
UPDATE moderation_item
SET review = 'PREMODERATION', hidden = FALSE
WHERE hidden = TRUE AND hidden_reason IS NULL AND hidden_by IS NULL AND review IS NOT NULL;
