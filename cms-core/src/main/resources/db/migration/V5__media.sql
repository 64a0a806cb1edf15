-- Media: uploaded files (the bytes live in <data dir>/media: the original, private to the newsroom,
-- and the public copy, when there is one, which readers get) and what the media processors found.

CREATE TABLE media (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- the name the uploader gave, without any directory part
    filename       VARCHAR(255)  NOT NULL,
    -- the type the bytes show (a media processor's finding); the declared type when nothing checked
    mime_type      VARCHAR(255)  NOT NULL,
    declared_type  VARCHAR(255)  NULL,
    byte_size      BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    -- JSON: an object of text values (author, camera, GPS…) and an array of warnings
    metadata_json  TEXT          NOT NULL,
    warnings_json  TEXT          NOT NULL,
    extracted_text MEDIUMTEXT    NULL,
    -- whether readers may fetch a copy at /media/{id}/{filename}
    public_copy    BOOLEAN       NOT NULL,
    uploaded_by    BIGINT        NULL,
    uploaded_at    BIGINT        NOT NULL,
    CONSTRAINT fk_media_uploader FOREIGN KEY (uploaded_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
