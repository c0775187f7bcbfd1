-- The search result order (undated last, newest first) as an index, so that a frequent
-- word can be answered by walking statements in that order and probing the full-text
-- index, instead of sorting every match.
CREATE INDEX statements_order ON statements((published IS NULL), published DESC, seq DESC);
