/** One event on the controller's live stream. */
export interface BusEvent {
  /** Monotonic id, used as the SSE `id:` so a browser can resume with `Last-Event-ID`. */
  id: number;
  /** Event kind: `snapshot`, `service`, `hardware`, `connectivity`, `swap`, `log`, `speech`, … */
  type: string;
  /** Milliseconds since the epoch when it was published. */
  atMs: number;
  /** JSON-serialisable payload. */
  data: unknown;
}

/** Called for every published event; `null` means the bus closed (shutdown). */
export type BusListener = (event: BusEvent | null) => void;

/** How many recent events are kept for `Last-Event-ID` replay. */
export const REPLAY_SIZE = 512;

/**
 * In-process publish/subscribe feeding `/api/events`. Publishing never blocks
 * on a slow subscriber: listeners must only enqueue.
 */
export class EventBus {
  #nextId = 1;
  #listeners = new Set<BusListener>();
  #recent: BusEvent[] = [];
  #closed = false;
  #now: () => number;

  constructor(opts: { now?: () => number } = {}) {
    this.#now = opts.now ?? Date.now;
  }

  /** Publishes an event to every subscriber and keeps it for replay. */
  publish(type: string, data: unknown): BusEvent {
    const event: BusEvent = { id: this.#nextId++, type, atMs: this.#now(), data };
    if (this.#closed) return event;
    this.#recent.push(event);
    if (this.#recent.length > REPLAY_SIZE) this.#recent.shift();
    for (const listener of this.#listeners) listener(event);
    return event;
  }

  /** Subscribes; returns the unsubscribe function. */
  subscribe(listener: BusListener): () => void {
    if (this.#closed) {
      listener(null);
      return () => {};
    }
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Events published after `lastId`, oldest first, or `undefined` when the
   * gap is older than the replay buffer (the caller should send a snapshot).
   */
  since(lastId: number): BusEvent[] | undefined {
    const oldest = this.#recent[0];
    if (oldest === undefined) return lastId + 1 >= this.#nextId ? [] : undefined;
    if (lastId < oldest.id - 1) return undefined;
    return this.#recent.filter((e) => e.id > lastId);
  }

  /** The id of the newest event, 0 if none. */
  get lastId(): number {
    return this.#nextId - 1;
  }

  /** Ends every subscription (used by graceful shutdown to close SSE streams). */
  close(): void {
    this.#closed = true;
    for (const listener of this.#listeners) listener(null);
    this.#listeners.clear();
  }

  /** True after `close()`. */
  get closed(): boolean {
    return this.#closed;
  }
}
