-- Sign-in hardening (issue 13). One script for H2 (MySQL mode) and MySQL 8 / MariaDB 10.11.

-- Tokens carry the account's credentials version; a change of password, role or status raises it in
-- the same UPDATE, and a token whose version is not the current one is refused. A version, not the
-- change's time: tokens' times have whole seconds, and servers' clocks differ.
ALTER TABLE users ADD COLUMN credentials_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users DROP COLUMN credentials_changed_at;

-- The sign-in limits' token buckets (news.cms.app.security.LoginThrottle), shared by every server on
-- the database. id names the limit and a digest of what it counts (a username, an address or both);
-- state is Bucket4j's serialised bucket, NULL for a row just made to be locked; a row whose
-- expires_at has passed holds a full bucket, the same as no row, and is deleted now and then.
CREATE TABLE login_bucket (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    state      BLOB        NULL,
    expires_at BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_login_bucket_expires ON login_bucket (expires_at);
