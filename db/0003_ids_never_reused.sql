-- An id, once given out, is never given to another record. Undo puts a deleted record back under
-- its own id, and a dismissed reminder is remembered by the id of its deadline, so a new record
-- must not take the id a deleted one had. SQLite gives a new row one more than the largest id
-- still in the table; the store gives one more than the largest ever used, kept here.
CREATE TABLE retired_ids (
    name TEXT PRIMARY KEY,
    last INTEGER NOT NULL
) WITHOUT ROWID;

-- Ids used before this table existed: the largest still present, and the largest a dismissed
-- reminder remembers ('event:12:…', 'tariff:3:…').
INSERT INTO retired_ids (name, last)
SELECT 'events', max(coalesce((SELECT max(id) FROM events), 0), coalesce((
    SELECT max(CAST(substr(reminder_key, 7, instr(substr(reminder_key, 7), ':') - 1) AS INTEGER))
    FROM dismissed_reminders WHERE reminder_key LIKE 'event:%'), 0));
INSERT INTO retired_ids (name, last)
SELECT 'tariff_actions', max(coalesce((SELECT max(id) FROM tariff_actions), 0), coalesce((
    SELECT max(CAST(substr(reminder_key, 8, instr(substr(reminder_key, 8), ':') - 1) AS INTEGER))
    FROM dismissed_reminders WHERE reminder_key LIKE 'tariff:%'), 0));
INSERT INTO retired_ids (name, last) SELECT 'officials', coalesce(max(id), 0) FROM officials;
INSERT INTO retired_ids (name, last) SELECT 'tariff_history', coalesce(max(id), 0) FROM tariff_history;
INSERT INTO retired_ids (name, last) SELECT 'provenance', coalesce(max(id), 0) FROM provenance;
INSERT INTO retired_ids (name, last) SELECT 'sources', coalesce(max(id), 0) FROM sources;

CREATE TRIGGER events_retire_id AFTER DELETE ON events BEGIN
    UPDATE retired_ids SET last = max(last, old.id) WHERE name = 'events';
END;
CREATE TRIGGER tariff_actions_retire_id AFTER DELETE ON tariff_actions BEGIN
    UPDATE retired_ids SET last = max(last, old.id) WHERE name = 'tariff_actions';
END;
CREATE TRIGGER officials_retire_id AFTER DELETE ON officials BEGIN
    UPDATE retired_ids SET last = max(last, old.id) WHERE name = 'officials';
END;
CREATE TRIGGER tariff_history_retire_id AFTER DELETE ON tariff_history BEGIN
    UPDATE retired_ids SET last = max(last, old.id) WHERE name = 'tariff_history';
END;
CREATE TRIGGER provenance_retire_id AFTER DELETE ON provenance BEGIN
    UPDATE retired_ids SET last = max(last, old.id) WHERE name = 'provenance';
END;
CREATE TRIGGER sources_retire_id AFTER DELETE ON sources BEGIN
    UPDATE retired_ids SET last = max(last, old.id) WHERE name = 'sources';
END;
