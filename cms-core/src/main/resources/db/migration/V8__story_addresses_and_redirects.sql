-- Stored story addresses (issue 13, item 12). One script for H2 (MySQL mode) and MySQL 8 / MariaDB 10.11.

-- A story's public path, /{yyyy}/{mm}/{slug}, fixed when it is first published (news.cms.core.story.StoryStore)
-- and kept: a later zone, back-date or republication no longer moves it. NULL until then. Stories published
-- before this version get theirs at the next start (AddressBackfill), from the configured zone as before.
-- Unique: two stories never answer at one address (NULLs do not count).
ALTER TABLE story ADD COLUMN address VARCHAR(120) NULL;
ALTER TABLE story ADD CONSTRAINT uq_story_address UNIQUE (address);

-- Paths a story answered at before, or that a site we moved in from gave it (a WordPress permalink): each
-- answers 301 to the story's address while the story is live. A path that is a story's own address is
-- never redirected (the address wins). 700 characters stay within InnoDB's 3072-byte key in utf8mb4.
CREATE TABLE story_redirect (
    path       VARCHAR(700) NOT NULL PRIMARY KEY,
    story_id   BIGINT       NOT NULL,
    created_at BIGINT       NOT NULL,
    CONSTRAINT fk_redirect_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_redirect_story ON story_redirect (story_id);
