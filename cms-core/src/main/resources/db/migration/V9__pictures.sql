-- Pictures (issue 14). One script for H2 (MySQL mode) and MySQL 8 / MariaDB 10.11.

-- What a picture is and how the newsroom describes it. NULL width/height: the upload is no picture.
-- The focal point (fractions of the displayed width and height) is where crops are cut around.
ALTER TABLE media ADD COLUMN width INT NULL;
ALTER TABLE media ADD COLUMN height INT NULL;
ALTER TABLE media ADD COLUMN alt VARCHAR(1000) NULL;
ALTER TABLE media ADD COLUMN caption VARCHAR(2000) NULL;
ALTER TABLE media ADD COLUMN credit VARCHAR(500) NULL;
ALTER TABLE media ADD COLUMN focal_x DOUBLE NOT NULL DEFAULT 0.5;
ALTER TABLE media ADD COLUMN focal_y DOUBLE NOT NULL DEFAULT 0.5;

-- The public files of a picture, drawn from its decoded pixels: whole-picture widths and crops, JPEG or
-- PNG and WebP. The file name carries a digest of the bytes, so an address never changes its bytes.
CREATE TABLE media_rendition (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    media_id   BIGINT       NOT NULL,
    file_name  VARCHAR(120) NOT NULL,
    width      INT          NOT NULL,
    height     INT          NOT NULL,
    media_type VARCHAR(40)  NOT NULL,
    -- NULL for the whole picture, else 16:9, 4:3 or 1:1
    crop       VARCHAR(8)   NULL,
    byte_size  BIGINT       NOT NULL,
    CONSTRAINT fk_rendition_media FOREIGN KEY (media_id) REFERENCES media (id) ON DELETE CASCADE,
    CONSTRAINT uq_rendition_file UNIQUE (media_id, file_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
