-- The change feed (issue 15, for issue 16's servers too): one row for each committed change that can
-- alter what a reader or the newsroom finds, written in the changing transaction itself, so that a
-- change and its row commit or roll back together. Readers (the search index, later each server's
-- caches) tail it by id from their own position. `ref` names what changed: a story's id, a section's
-- or an author's slug, a picture's id.
CREATE TABLE change_feed (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(16)  NOT NULL,
    ref        VARCHAR(200) NOT NULL,
    changed_at BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
