-- Plugins: the JARs an admin installed (the files live in <data dir>/plugins) and what plugins add
-- to stories. Long texts are TEXT: InnoDB keeps a row's VARCHARs within 64 kB.

CREATE TABLE installed_plugin (
    -- the plugin's own id (its manifest's Plugin-Id)
    id               VARCHAR(64)   NOT NULL PRIMARY KEY,
    version          VARCHAR(64)   NOT NULL,
    name             VARCHAR(400)  NOT NULL,
    description      TEXT          NOT NULL,
    provider         VARCHAR(400)  NOT NULL,
    -- the plugin API versions it works with (Plugin-Requires), e.g. ^1.0.0
    api_range        VARCHAR(200)  NOT NULL,
    -- comma-separated: the extension points it provides, the permissions the admin granted
    extension_points VARCHAR(400)  NOT NULL,
    permissions      TEXT          NOT NULL,
    -- DISABLED, ENABLED or FAILED; last_error says why it failed
    state            VARCHAR(16)   NOT NULL,
    last_error       TEXT          NULL,
    sha256           CHAR(64)      NOT NULL,
    installed_at     BIGINT        NOT NULL,
    updated_at       BIGINT        NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Key/value data a plugin keeps on a story (a detected language, a reading time), one namespace per
-- plugin so plugins never overwrite each other. Kept when the plugin is uninstalled: it describes
-- the story, not the plugin.
CREATE TABLE story_metadata (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id   BIGINT       NOT NULL,
    source     VARCHAR(64)  NOT NULL,
    meta_key   VARCHAR(100) NOT NULL,
    meta_value TEXT         NOT NULL,
    updated_at BIGINT       NOT NULL,
    CONSTRAINT uq_story_metadata UNIQUE (story_id, source, meta_key),
    CONSTRAINT fk_metadata_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
