-- A story translated from another: the translation points at its original. A translation has one
-- original; an original may have many translations. Both are ordinary stories with their own
-- workflow; deleting either removes the link.
CREATE TABLE story_translation (
    translation_id BIGINT NOT NULL PRIMARY KEY,
    original_id    BIGINT NOT NULL,
    created_at     BIGINT NOT NULL,
    CONSTRAINT fk_translation_story FOREIGN KEY (translation_id) REFERENCES story (id) ON DELETE CASCADE,
    CONSTRAINT fk_translation_original FOREIGN KEY (original_id) REFERENCES story (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_translation_original ON story_translation (original_id);
