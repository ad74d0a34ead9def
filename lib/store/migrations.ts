/** One schema step. Versions are unique; they are applied in ascending order. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Every schema step, oldest first. Versions are reserved per domain so that
 * work on different domains never collides: 1 core, 2 connectivity log,
 * 3 swap journal, 4 speech jobs, 5 search, 6 redaction vault, 7 matrix bridge.
 * A domain that needs another step takes the next free number above 7.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "core",
    sql: `
      CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at_ms INTEGER NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        message TEXT NOT NULL,
        data TEXT
      );
      CREATE INDEX events_at ON events(at_ms);
      CREATE TABLE kv (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_ms INTEGER NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: "connectivity log",
    sql: `
      CREATE TABLE outages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        subject_kind TEXT NOT NULL CHECK (subject_kind IN ('host', 'service')),
        subject_id TEXT NOT NULL,
        started_ms INTEGER NOT NULL,
        ended_ms INTEGER,
        cause TEXT NOT NULL
      );
      CREATE INDEX outages_started ON outages(started_ms);
      CREATE INDEX outages_open ON outages(subject_kind, subject_id) WHERE ended_ms IS NULL;
    `,
  },
];
