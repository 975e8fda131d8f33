-- The first schema: events, officials, tariff actions with history, sources with provenance,
-- reminders, a change log and full-text search.

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT,                        -- ISO date
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,           -- the same article imported twice is one source
    imported_at TEXT NOT NULL
);

CREATE TABLE officials (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    title TEXT NOT NULL DEFAULT '',
    country TEXT,
    organisation TEXT NOT NULL DEFAULT '',
    aliases TEXT NOT NULL DEFAULT '[]',    -- JSON list of other spellings
    term_start TEXT,
    term_end TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX officials_country ON officials (country);
CREATE INDEX officials_name ON officials (name COLLATE NOCASE);

CREATE TABLE tariff_actions (
    id INTEGER PRIMARY KEY,
    imposer TEXT NOT NULL,
    target TEXT NOT NULL,
    rate_percent REAL,
    previous_rate_percent REAL,
    scope TEXT NOT NULL DEFAULT 'all goods',
    legal_basis TEXT NOT NULL DEFAULT '',
    announced_date TEXT,
    effective_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('threatened', 'announced', 'in_force', 'deal', 'paused',
                                           'superseded', 'struck_down')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tariff_actions_target ON tariff_actions (target, effective_date);
CREATE INDEX tariff_actions_effective ON tariff_actions (effective_date);

CREATE TABLE tariff_history (
    id INTEGER PRIMARY KEY,
    tariff_action_id INTEGER NOT NULL REFERENCES tariff_actions (id) ON DELETE CASCADE,
    changed_on TEXT NOT NULL,
    old_status TEXT,
    new_status TEXT NOT NULL,
    old_rate_percent REAL,
    new_rate_percent REAL,
    old_effective_date TEXT,
    new_effective_date TEXT,
    note TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL
);
CREATE INDEX tariff_history_action ON tariff_history (tariff_action_id, changed_on);

-- start_at/end_at: for timed events UTC 'YYYY-MM-DDTHH:MM:SSZ', for all-day events 'YYYY-MM-DD'
-- with an exclusive end. span_days bounds how far back a range query must look.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'visit', 'summit', 'signing', 'statement',
                                       'tariff_deadline', 'deadline', 'other')),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    all_day INTEGER NOT NULL CHECK (all_day IN (0, 1)),
    start_at TEXT NOT NULL,
    end_at TEXT NOT NULL CHECK (end_at >= start_at),
    span_days INTEGER NOT NULL DEFAULT 0,
    timezone TEXT,
    status TEXT NOT NULL CHECK (status IN ('planned', 'tentative', 'confirmed', 'held', 'postponed',
                                           'cancelled')),
    city TEXT NOT NULL DEFAULT '',
    location_country TEXT,
    notes TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    tariff_action_id INTEGER UNIQUE REFERENCES tariff_actions (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((all_day = 1 AND timezone IS NULL) OR (all_day = 0 AND timezone IS NOT NULL))
);
CREATE INDEX events_range ON events (all_day, start_at);
CREATE INDEX events_span ON events (all_day, span_days);
CREATE INDEX events_kind ON events (kind, start_at);

CREATE TABLE event_countries (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (event_id, country)
) WITHOUT ROWID;
CREATE INDEX event_countries_country ON event_countries (country, event_id);

CREATE TABLE event_participants (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, official_id)
) WITHOUT ROWID;
CREATE INDEX event_participants_official ON event_participants (official_id, event_id);

-- Which source produced which record, and the sentence it came from.
CREATE TABLE provenance (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    record_type TEXT NOT NULL CHECK (record_type IN ('event', 'official', 'tariff_action')),
    record_id INTEGER NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    sentence TEXT NOT NULL DEFAULT '',
    UNIQUE (record_type, record_id, source_id)
);
CREATE INDEX provenance_record ON provenance (record_type, record_id);

-- A reminder the user dismissed stays dismissed: keyed by what it is about and how early it came.
CREATE TABLE dismissed_reminders (
    reminder_key TEXT PRIMARY KEY,
    dismissed_at TEXT NOT NULL
);

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    old_values TEXT,                       -- JSON
    new_values TEXT,                       -- JSON
    source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL
);
CREATE INDEX change_log_record ON change_log (record_type, record_id, at);

-- Full-text search: external-content tables kept in step by triggers.
CREATE VIRTUAL TABLE events_fts USING fts5 (title, notes, city, content = 'events', content_rowid = 'id');
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (rowid, title, notes, city) VALUES (new.id, new.title, new.notes, new.city);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, title, notes, city)
    VALUES ('delete', old.id, old.title, old.notes, old.city);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF title, notes, city ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, title, notes, city)
    VALUES ('delete', old.id, old.title, old.notes, old.city);
    INSERT INTO events_fts (rowid, title, notes, city) VALUES (new.id, new.title, new.notes, new.city);
END;

CREATE VIRTUAL TABLE officials_fts USING fts5 (name, aliases, title, organisation,
                                               content = 'officials', content_rowid = 'id');
CREATE TRIGGER officials_fts_insert AFTER INSERT ON officials BEGIN
    INSERT INTO officials_fts (rowid, name, aliases, title, organisation)
    VALUES (new.id, new.name, new.aliases, new.title, new.organisation);
END;
CREATE TRIGGER officials_fts_delete AFTER DELETE ON officials BEGIN
    INSERT INTO officials_fts (officials_fts, rowid, name, aliases, title, organisation)
    VALUES ('delete', old.id, old.name, old.aliases, old.title, old.organisation);
END;
CREATE TRIGGER officials_fts_update AFTER UPDATE ON officials BEGIN
    INSERT INTO officials_fts (officials_fts, rowid, name, aliases, title, organisation)
    VALUES ('delete', old.id, old.name, old.aliases, old.title, old.organisation);
    INSERT INTO officials_fts (rowid, name, aliases, title, organisation)
    VALUES (new.id, new.name, new.aliases, new.title, new.organisation);
END;

CREATE VIRTUAL TABLE sources_fts USING fts5 (title, outlet, text, content = 'sources', content_rowid = 'id');
CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
    INSERT INTO sources_fts (rowid, title, outlet, text) VALUES (new.id, new.title, new.outlet, new.text);
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, outlet, text)
    VALUES ('delete', old.id, old.title, old.outlet, old.text);
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, outlet, text)
    VALUES ('delete', old.id, old.title, old.outlet, old.text);
    INSERT INTO sources_fts (rowid, title, outlet, text) VALUES (new.id, new.title, new.outlet, new.text);
END;
