-- Lead images and author photos (issue 14). One script for H2 (MySQL mode) and MySQL 8 / MariaDB 10.11.

-- A story's lead image: a library picture, with the story's own alt text, caption and credit when it gives
-- them (the picture's own are shown otherwise). A picture in use cannot be deleted: the media library asks
-- first, and the foreign key holds if it did not.
CREATE TABLE story_lead_image (
    story_id BIGINT        NOT NULL PRIMARY KEY,
    media_id BIGINT        NOT NULL,
    alt      VARCHAR(1000) NULL,
    caption  VARCHAR(2000) NULL,
    credit   VARCHAR(500)  NULL,
    CONSTRAINT fk_lead_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE,
    CONSTRAINT fk_lead_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_lead_media ON story_lead_image (media_id);

-- An author's photo, shown beside the first byline on listings.
ALTER TABLE author ADD COLUMN photo_media_id BIGINT NULL;
ALTER TABLE author ADD CONSTRAINT fk_author_photo FOREIGN KEY (photo_media_id) REFERENCES media (id);
