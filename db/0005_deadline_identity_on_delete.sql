-- A tariff's calendar entry had its identity written down each time any event was inserted,
-- which cost every insert a trigger run (bulk-loading a large calendar took a fifth longer)
-- though only tariff entries need it. It is written down instead when such an entry is deleted,
-- the one moment it could be lost: a date cleared, or the action deleted (its entry goes with it).
DROP TRIGGER IF EXISTS events_tariff_identity_insert;
CREATE TRIGGER events_tariff_identity_delete AFTER DELETE ON events
WHEN old.tariff_action_id IS NOT NULL BEGIN
    INSERT OR REPLACE INTO tariff_deadline_identity (tariff_action_id, event_id, uid)
    VALUES (old.tariff_action_id, old.id, old.uid);
END;
