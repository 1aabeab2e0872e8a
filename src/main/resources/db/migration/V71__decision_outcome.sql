-- A decision can say whether the board approved or rejected what the paper proposed; a rejection gives its reason.
-- Papers another module sent (the portfolio's proposals and target pictures) are settled by that outcome.
ALTER TABLE steering_decision ADD COLUMN outcome VARCHAR(10) NULL;
ALTER TABLE steering_decision ADD COLUMN reason TEXT NOT NULL DEFAULT '';
