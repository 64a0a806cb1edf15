-- When a picture's description or focal point last changed (issue 14). An incremental static export
-- redoes the pages of the stories that show a picture edited since the last export: its alt text is in
-- their HTML and a new focal point gives its crops new addresses. Null: never edited since its upload.
ALTER TABLE media ADD COLUMN edited_at BIGINT NULL;
CREATE INDEX idx_media_edited ON media (edited_at);
