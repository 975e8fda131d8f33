-- Every spelling of every official, folded (no case, accents or punctuation), so that finding a
-- person by any spelling is an index lookup instead of a scan. dc_fold is the app's own folding
-- function, registered on every connection before migrations run.
CREATE TABLE official_names (
    folded TEXT NOT NULL,
    official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
    PRIMARY KEY (folded, official_id)
) WITHOUT ROWID;
CREATE INDEX official_names_official ON official_names (official_id);

INSERT OR IGNORE INTO official_names (folded, official_id)
SELECT dc_fold(name), id FROM officials WHERE dc_fold(name) <> '';

INSERT OR IGNORE INTO official_names (folded, official_id)
SELECT dc_fold(aliases.value), officials.id FROM officials, json_each(officials.aliases) AS aliases
WHERE dc_fold(aliases.value) <> '';
