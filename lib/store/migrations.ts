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
    version: 3,
    name: "swap journal",
    sql: `
      CREATE TABLE swaps (
        id TEXT PRIMARY KEY,
        recipe TEXT NOT NULL,
        state TEXT NOT NULL,
        terminal INTEGER NOT NULL,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL,
        finished_ms INTEGER,
        load_ms INTEGER,
        image_id TEXT,
        record TEXT NOT NULL
      );
      CREATE INDEX swaps_active ON swaps(terminal, created_ms);
      CREATE INDEX swaps_recipe ON swaps(recipe, state, created_ms);
      CREATE TABLE swap_transitions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        swap_id TEXT NOT NULL REFERENCES swaps(id),
        at_ms INTEGER NOT NULL,
        from_state TEXT,
        to_state TEXT NOT NULL,
        reason TEXT NOT NULL
      );
      CREATE INDEX swap_transitions_swap ON swap_transitions(swap_id, id);
      CREATE TABLE swap_logs (
        swap_id TEXT NOT NULL REFERENCES swaps(id),
        host_id TEXT NOT NULL,
        captured_ms INTEGER NOT NULL,
        lines TEXT NOT NULL,
        PRIMARY KEY (swap_id, host_id)
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
