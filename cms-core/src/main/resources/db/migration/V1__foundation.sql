-- The foundation schema: accounts, authors, sections, tags, stories with ordered bylines and tags,
-- immutable revisions and the audit trail. One script for H2 (MySQL mode) and MySQL 8 / MariaDB 10.11:
-- H2 accepts and ignores the table options. Times are instants as BIGINT microseconds since the epoch
-- (news.cms.core.time.UtcTime): no zone, no driver conversion, the same value on every database.
-- Free-text columns are twice the length the domain allows (StoryContent, NewUser…): the domain counts
-- characters, H2 counts UTF-16 units, and an emoji is two of those.

CREATE TABLE users (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    username               VARCHAR(64)  NOT NULL,
    display_name           VARCHAR(400) NOT NULL,
    role                   VARCHAR(16)  NOT NULL,
    enabled                BOOLEAN      NOT NULL,
    password_hash          VARCHAR(255) NOT NULL,
    -- tokens issued before this instant are no longer honoured (password, role or status changed)
    credentials_changed_at BIGINT       NOT NULL,
    created_at             BIGINT       NOT NULL,
    updated_at             BIGINT       NOT NULL,
    CONSTRAINT uq_users_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE author (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug       VARCHAR(80)  NOT NULL,
    name       VARCHAR(400) NOT NULL,
    bio        TEXT         NOT NULL,
    user_id    BIGINT       NULL,
    created_at BIGINT       NOT NULL,
    CONSTRAINT uq_author_slug UNIQUE (slug),
    CONSTRAINT uq_author_user UNIQUE (user_id),
    CONSTRAINT fk_author_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE section (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(80)   NOT NULL,
    title       VARCHAR(400)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    created_at  BIGINT        NOT NULL,
    updated_at  BIGINT        NOT NULL,
    CONSTRAINT uq_section_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tag (
    id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug VARCHAR(80)  NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT uq_tag_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE story (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(80)   NOT NULL,
    headline     VARCHAR(600)  NOT NULL,
    dek          VARCHAR(2000) NOT NULL,
    body         MEDIUMTEXT    NOT NULL,
    section_id   BIGINT        NOT NULL,
    language     VARCHAR(35)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    version      BIGINT        NOT NULL,
    created_by   BIGINT        NOT NULL,
    created_at   BIGINT        NOT NULL,
    updated_at   BIGINT        NOT NULL,
    published_at BIGINT        NULL,
    scheduled_at BIGINT        NULL,
    CONSTRAINT uq_story_slug UNIQUE (slug),
    CONSTRAINT fk_story_section FOREIGN KEY (section_id) REFERENCES section (id),
    CONSTRAINT fk_story_creator FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Section fronts: newest published first, keyset-paged on (published_at, id).
CREATE INDEX idx_story_section_listing ON story (section_id, status, published_at, id);
-- The home page and feeds: every section.
CREATE INDEX idx_story_status_listing ON story (status, published_at, id);
-- The newsroom's own lists: recently changed first.
CREATE INDEX idx_story_updated ON story (updated_at, id);
CREATE INDEX idx_story_creator ON story (created_by, updated_at);

-- published_at repeats the story's publish time while the story is PUBLISHED (NULL otherwise), so
-- author and tag pages are keyset-paged from one index without touching the story table.
CREATE TABLE story_byline (
    story_id     BIGINT      NOT NULL,
    position     INT         NOT NULL,
    author_id    BIGINT      NOT NULL,
    published_at BIGINT      NULL,
    PRIMARY KEY (story_id, position),
    CONSTRAINT uq_byline_author UNIQUE (story_id, author_id),
    CONSTRAINT fk_byline_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE,
    CONSTRAINT fk_byline_author FOREIGN KEY (author_id) REFERENCES author (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_byline_author_listing ON story_byline (author_id, published_at, story_id);

CREATE TABLE story_tag (
    story_id     BIGINT      NOT NULL,
    position     INT         NOT NULL,
    tag_id       BIGINT      NOT NULL,
    published_at BIGINT      NULL,
    PRIMARY KEY (story_id, position),
    CONSTRAINT uq_story_tag UNIQUE (story_id, tag_id),
    CONSTRAINT fk_story_tag_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE,
    CONSTRAINT fk_story_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_tag_listing ON story_tag (tag_id, published_at, story_id);

-- Immutable snapshots: a revision's number is the story version it captured.
CREATE TABLE revision (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id   BIGINT       NOT NULL,
    number     BIGINT       NOT NULL,
    created_at BIGINT       NOT NULL,
    created_by BIGINT       NULL,
    summary    VARCHAR(1000) NOT NULL,
    snapshot   LONGTEXT     NOT NULL,
    CONSTRAINT uq_revision_number UNIQUE (story_id, number),
    CONSTRAINT fk_revision_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE,
    CONSTRAINT fk_revision_user FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    at           BIGINT        NOT NULL,
    actor_id     BIGINT        NULL,
    actor_name   VARCHAR(64)   NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    subject_type VARCHAR(32)   NOT NULL,
    subject_id   VARCHAR(100)  NOT NULL,
    story_id     BIGINT        NULL,
    from_status  VARCHAR(16)   NULL,
    to_status    VARCHAR(16)   NULL,
    detail       VARCHAR(4000) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_audit_story ON audit_event (story_id, at);
CREATE INDEX idx_audit_actor ON audit_event (actor_id, at);
CREATE INDEX idx_audit_at ON audit_event (at);
