-- A tariff action's calendar entry keeps one identity (event id and UID) for the action's whole
-- life: when its effective date is cleared and set again, or the action is deleted and put back
-- by undo, the entry returns under the id and UID it had, so a calendar that imported it before
-- sees the same event and not a second one. Kept apart from tariff_actions, without a foreign
-- key, so that it outlives a deleted action (tariff action ids are never reused).
CREATE TABLE tariff_deadline_identity (
    tariff_action_id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL,
    uid TEXT NOT NULL
);

INSERT INTO tariff_deadline_identity (tariff_action_id, event_id, uid)
SELECT tariff_action_id, id, uid FROM events WHERE tariff_action_id IS NOT NULL;

CREATE TRIGGER events_tariff_identity_insert AFTER INSERT ON events
WHEN new.tariff_action_id IS NOT NULL BEGIN
    INSERT OR REPLACE INTO tariff_deadline_identity (tariff_action_id, event_id, uid)
    VALUES (new.tariff_action_id, new.id, new.uid);
END;
CREATE TRIGGER events_tariff_identity_update AFTER UPDATE OF tariff_action_id, uid ON events
WHEN new.tariff_action_id IS NOT NULL BEGIN
    INSERT OR REPLACE INTO tariff_deadline_identity (tariff_action_id, event_id, uid)
    VALUES (new.tariff_action_id, new.id, new.uid);
END;

-- Deleting an article looks up every row that cites it (its provenance is deleted, the change
-- log and tariff history forget it). Without an index each look-up reads the whole table, and
-- taking back a large import, which deletes its articles, read the change log once per article.
-- Most rows cite no article: only those that do are indexed.
CREATE INDEX IF NOT EXISTS change_log_source ON change_log (source_id) WHERE source_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS tariff_history_source ON tariff_history (source_id)
WHERE source_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS provenance_source ON provenance (source_id);
