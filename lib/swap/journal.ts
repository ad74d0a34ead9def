/**
 * The swap journal in sqlite (migration 3): one row per swap holding the
 * whole record as JSON plus the columns queries need, a row per transition,
 * and the log tails kept with failed swaps. Every write is one statement or
 * one transaction, so a controller killed at any point leaves a record the
 * next one can re-adopt.
 */
import type { DatabaseSync } from "node:sqlite";
import type { LaunchSpec } from "./launch.ts";
import { isTerminal, type SwapRecord, type SwapState } from "./machine.ts";

/** One recorded transition. */
export interface Transition {
  atMs: number;
  from: SwapState | null;
  to: SwapState;
  reason: string;
}

/** What served last, as the controller knows it (the next swap's rollback target). */
export interface Serving {
  spec: LaunchSpec;
  model: string | null;
  hosts: string[];
  sinceMs: number;
}

const SERVING_KEY = "swap.serving";

/** Reads and writes swap records. */
export class SwapJournal {
  #db: DatabaseSync;
  /** Cached {@link active} answer; null = not known, read sqlite. */
  #active: SwapRecord | undefined | null = null;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /** Writes a new swap and its first transition. */
  create(record: SwapRecord, reason: string): void {
    this.#active = null;
    this.#tx(() => {
      this.#db.prepare(
        `INSERT INTO swaps (id, recipe, state, terminal, created_ms, updated_ms, finished_ms,
           load_ms, image_id, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...this.#columns(record));
      this.#transition(record.id, null, record.state, reason, record.createdMs);
    });
  }

  /** Writes a new state (and patch) with its transition row, atomically; returns the new record. */
  transition(
    current: SwapRecord,
    to: SwapState,
    patch: Partial<SwapRecord>,
    reason: string,
    nowMs: number,
  ): SwapRecord {
    const next: SwapRecord = {
      ...current,
      ...patch,
      state: to,
      stateSinceMs: nowMs,
      updatedMs: nowMs,
    };
    this.#tx(() => {
      this.#save(next);
      this.#transition(current.id, current.state, to, reason, nowMs);
    });
    return next;
  }

  /** Writes a patch that does not change the state (progress, cancel flag). */
  update(current: SwapRecord, patch: Partial<SwapRecord>, nowMs: number): SwapRecord {
    const next: SwapRecord = { ...current, ...patch, updatedMs: nowMs };
    this.#save(next);
    return next;
  }

  /** One swap, or undefined. */
  get(id: string): SwapRecord | undefined {
    const row = this.#db.prepare("SELECT record FROM swaps WHERE id = ?").get(id) as
      | { record: string }
      | undefined;
    return row ? JSON.parse(row.record) as SwapRecord : undefined;
  }

  /**
   * The newest swap that has not finished, if any. Every chat request asks
   * (through the gateway's swap hook), so the answer is cached in memory and
   * dropped on every write; sqlite stays the source of truth.
   */
  active(): SwapRecord | undefined {
    if (this.#active !== null) return this.#active;
    const row = this.#db.prepare(
      "SELECT record FROM swaps WHERE terminal = 0 ORDER BY created_ms DESC LIMIT 1",
    ).get() as { record: string } | undefined;
    this.#active = row ? JSON.parse(row.record) as SwapRecord : undefined;
    return this.#active;
  }

  /** The newest swaps first. */
  list(limit = 50): SwapRecord[] {
    const rows = this.#db.prepare(
      "SELECT record FROM swaps ORDER BY created_ms DESC, rowid DESC LIMIT ?",
    ).all(limit) as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as SwapRecord);
  }

  /** Load times (launch → ready) of a recipe's successful swaps, oldest first. */
  loadHistory(recipe: string, limit = 20): number[] {
    const rows = this.#db.prepare(
      `SELECT load_ms FROM swaps WHERE recipe = ? AND state = 'ready' AND load_ms IS NOT NULL
       ORDER BY created_ms DESC LIMIT ?`,
    ).all(recipe, limit) as { load_ms: number }[];
    return rows.map((r) => Number(r.load_ms)).reverse();
  }

  /** The last successful swap of each recipe: load time, image and when. */
  lastSuccesses(): Map<string, { loadMs: number; imageId: string | null; atMs: number }> {
    const rows = this.#db.prepare(
      `SELECT recipe, load_ms, image_id, finished_ms FROM swaps s
       WHERE state = 'ready' AND load_ms IS NOT NULL AND created_ms = (
         SELECT max(created_ms) FROM swaps t WHERE t.recipe = s.recipe AND t.state = 'ready')`,
    ).all() as { recipe: string; load_ms: number; image_id: string | null; finished_ms: number }[];
    return new Map(
      rows.map((
        r,
      ) => [r.recipe, {
        loadMs: Number(r.load_ms),
        imageId: r.image_id,
        atMs: Number(r.finished_ms),
      }]),
    );
  }

  /** Every transition of a swap, oldest first. */
  transitions(id: string): Transition[] {
    const rows = this.#db.prepare(
      "SELECT at_ms, from_state, to_state, reason FROM swap_transitions WHERE swap_id = ? ORDER BY id",
    ).all(id) as { at_ms: number; from_state: string | null; to_state: string; reason: string }[];
    return rows.map((r) => ({
      atMs: Number(r.at_ms),
      from: r.from_state as SwapState | null,
      to: r.to_state as SwapState,
      reason: r.reason,
    }));
  }

  /** Keeps the log tail of one host with a swap (replacing an earlier one). */
  saveLogs(id: string, hostId: string, lines: readonly string[], nowMs: number): void {
    this.#db.prepare(
      `INSERT INTO swap_logs (swap_id, host_id, captured_ms, lines) VALUES (?, ?, ?, ?)
       ON CONFLICT (swap_id, host_id) DO UPDATE SET captured_ms = excluded.captured_ms,
         lines = excluded.lines`,
    ).run(id, hostId, nowMs, JSON.stringify(lines));
  }

  /** The log tails kept with a swap, by host. */
  logs(id: string): Record<string, string[]> {
    const rows = this.#db.prepare(
      "SELECT host_id, lines FROM swap_logs WHERE swap_id = ? ORDER BY host_id",
    ).all(id) as { host_id: string; lines: string }[];
    return Object.fromEntries(rows.map((r) => [r.host_id, JSON.parse(r.lines) as string[]]));
  }

  /** What served last; written when a swap ends ready or rolled back, or by discovery. */
  serving(): Serving | null {
    const row = this.#db.prepare("SELECT value FROM kv WHERE key = ?").get(SERVING_KEY) as
      | { value: string }
      | undefined;
    return row ? JSON.parse(row.value) as Serving : null;
  }

  /** Records what serves now (null: nothing). */
  setServing(serving: Serving | null, nowMs: number): void {
    if (serving === null) {
      this.#db.prepare("DELETE FROM kv WHERE key = ?").run(SERVING_KEY);
      return;
    }
    this.#db.prepare(
      `INSERT INTO kv (key, value, updated_ms) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_ms = excluded.updated_ms`,
    ).run(SERVING_KEY, JSON.stringify(serving), nowMs);
  }

  #columns(r: SwapRecord): (string | number | null)[] {
    const loadMs = r.state === "ready" && r.readyMs !== null && r.launchedMs !== null
      ? r.readyMs - r.launchedMs
      : null;
    return [
      r.id,
      r.target.recipe.name,
      r.state,
      isTerminal(r) ? 1 : 0,
      r.createdMs,
      r.updatedMs,
      r.finishedMs,
      loadMs,
      r.imageId,
      JSON.stringify(r),
    ];
  }

  #save(r: SwapRecord): void {
    this.#active = null;
    const [id, recipe, ...rest] = this.#columns(r);
    const [state, terminal, _created, updated, finished, loadMs, imageId, record] = rest;
    this.#db.prepare(
      `UPDATE swaps SET recipe = ?, state = ?, terminal = ?, updated_ms = ?, finished_ms = ?,
         load_ms = ?, image_id = ?, record = ? WHERE id = ?`,
    ).run(recipe, state, terminal, updated, finished, loadMs, imageId, record, id);
  }

  #transition(id: string, from: SwapState | null, to: SwapState, reason: string, atMs: number) {
    this.#db.prepare(
      "INSERT INTO swap_transitions (swap_id, at_ms, from_state, to_state, reason) VALUES (?, ?, ?, ?, ?)",
    ).run(id, atMs, from, to, reason);
  }

  #tx(fn: () => void): void {
    this.#db.exec("BEGIN IMMEDIATE");
    try {
      fn();
      this.#db.exec("COMMIT");
    } catch (cause) {
      this.#db.exec("ROLLBACK");
      throw cause;
    }
  }
}
