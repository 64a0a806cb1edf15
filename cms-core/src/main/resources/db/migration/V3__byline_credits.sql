-- A byline may carry a credit shown before the name: "Translated by", "Additional reporting by".
ALTER TABLE story_byline ADD COLUMN credit VARCHAR(400) NULL;
