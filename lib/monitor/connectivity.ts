import type { DatabaseSync } from "node:sqlite";

/** What went away: an SSH connection to a host, or a service's HTTP endpoint. */
export type SubjectKind = "host" | "service";

/** One outage; `endedMs` null while it lasts. */
export interface Outage {
  id: number;
  kind: SubjectKind;
  subject: string;
  startedMs: number;
  endedMs: number | null;
  cause: string;
}

/**
 * The connectivity log: every transition of every host and service into and
 * out of reachability, with start, end and cause, kept in sqlite so a
 * restart does not lose history. At most one open outage per subject.
 */
export class ConnectivityLog {
  #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /** Records that `subject` became unreachable; a no-op while an outage is already open. */
  down(kind: SubjectKind, subject: string, atMs: number, cause: string): Outage | null {
    if (this.open(kind, subject)) return null;
    const row = this.#db.prepare(
      "INSERT INTO outages (subject_kind, subject_id, started_ms, cause) VALUES (?, ?, ?, ?) RETURNING id",
    ).get(kind, subject, atMs, cause) as { id: number };
    return { id: Number(row.id), kind, subject, startedMs: atMs, endedMs: null, cause };
  }

  /** Records that `subject` is reachable again; returns the closed outage, if one was open. */
  up(kind: SubjectKind, subject: string, atMs: number): Outage | null {
    const open = this.open(kind, subject);
    if (!open) return null;
    this.#db.prepare("UPDATE outages SET ended_ms = ? WHERE id = ?").run(
      Math.max(atMs, open.startedMs),
      open.id,
    );
    return { ...open, endedMs: Math.max(atMs, open.startedMs) };
  }

  /** The open outage of a subject, if any. */
  open(kind: SubjectKind, subject: string): Outage | null {
    const row = this.#db.prepare(
      "SELECT * FROM outages WHERE subject_kind = ? AND subject_id = ? AND ended_ms IS NULL ORDER BY id DESC LIMIT 1",
    ).get(kind, subject);
    return row ? toOutage(row) : null;
  }

  /** Most recent outages first. */
  recent(limit = 50): Outage[] {
    return this.#db.prepare("SELECT * FROM outages ORDER BY started_ms DESC, id DESC LIMIT ?").all(
      limit,
    ).map(toOutage);
  }

  /** Outage counts per subject (for `/metrics`). */
  counts(): { kind: SubjectKind; subject: string; count: number }[] {
    return this.#db.prepare(
      "SELECT subject_kind AS kind, subject_id AS subject, count(*) AS count FROM outages GROUP BY 1, 2",
    ).all().map((r) => ({
      kind: r.kind as SubjectKind,
      subject: String(r.subject),
      count: Number(r.count),
    }));
  }

  /** Deletes closed outages that ended before `beforeMs`; returns how many. */
  prune(beforeMs: number): number {
    const res = this.#db.prepare("DELETE FROM outages WHERE ended_ms IS NOT NULL AND ended_ms < ?")
      .run(beforeMs);
    return Number(res.changes);
  }
}

function toOutage(row: Record<string, unknown>): Outage {
  return {
    id: Number(row.id),
    kind: row.subject_kind as SubjectKind,
    subject: String(row.subject_id),
    startedMs: Number(row.started_ms),
    endedMs: row.ended_ms === null ? null : Number(row.ended_ms),
    cause: String(row.cause),
  };
}
