import { DatabaseSync } from "node:sqlite";
import { type Migration, MIGRATIONS } from "./migrations.ts";

/** The controller's sqlite database, migrated to the newest schema. */
export interface Store {
  /** The raw connection; domains keep their SQL in their own modules. */
  readonly db: DatabaseSync;
  /** The schema version after migrating. */
  readonly version: number;
  close(): void;
}

/**
 * Opens (creating if needed) the database at `path` (`:memory:` in tests),
 * switches it to WAL and applies every migration newer than its
 * `user_version`, each in its own transaction.
 */
export function openStore(path: string, migrations: readonly Migration[] = MIGRATIONS): Store {
  const db = new DatabaseSync(path);
  // WAL lets the SSE readers and the pollers' writers proceed without blocking each other.
  if (path !== ":memory:") db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL");
  const version = migrate(db, migrations);
  return { db, version, close: () => db.close() };
}

/** Applies pending migrations in version order; returns the resulting version. */
export function migrate(db: DatabaseSync, migrations: readonly Migration[]): number {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].version === sorted[i - 1].version) {
      throw new RangeError(`Two migrations share version ${sorted[i].version}`);
    }
  }
  let current = Number(
    (db.prepare("PRAGMA user_version").get() as { user_version: number }).user_version,
  );
  for (const m of sorted) {
    if (m.version <= current) continue;
    db.exec("BEGIN");
    try {
      db.exec(m.sql);
      // PRAGMA does not take parameters; the version is an integer from our own table.
      db.exec(`PRAGMA user_version = ${Math.trunc(m.version)}`);
      db.exec("COMMIT");
    } catch (cause) {
      db.exec("ROLLBACK");
      throw new Error(`Cannot apply migration ${m.version} (${m.name})`, { cause });
    }
    current = m.version;
  }
  return current;
}
