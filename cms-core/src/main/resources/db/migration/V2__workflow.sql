-- The editorial workflow: editors' notes to reporters, public correction notices, the scheduler's
-- record of schedules it met late.

CREATE TABLE story_note (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id   BIGINT        NOT NULL,
    created_at BIGINT        NOT NULL,
    created_by BIGINT        NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_note_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE,
    CONSTRAINT fk_note_user FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_note_story ON story_note (story_id, id);

CREATE TABLE story_correction (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id   BIGINT        NOT NULL,
    created_at BIGINT        NOT NULL,
    note       VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_correction_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_correction_story ON story_correction (story_id, id);

-- A schedule the server met more than the allowed lateness after its time (it was down, say).
CREATE TABLE schedule_miss (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id     BIGINT NOT NULL,
    scheduled_at BIGINT NOT NULL,
    published_at BIGINT NOT NULL,
    late_millis  BIGINT NOT NULL,
    CONSTRAINT fk_miss_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_miss_scheduled ON schedule_miss (scheduled_at);

-- The scheduler's question, every quarter second: which scheduled stories are due?
CREATE INDEX idx_story_schedule ON story (status, scheduled_at);
