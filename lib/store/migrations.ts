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
];
