import type { SSEStreamingApi } from "hono/streaming";
import type { Clock } from "../clock.ts";

/** Comment frames keep proxies and phones from closing an idle stream. */
export const KEEPALIVE_MS = 15_000;

/**
 * The bridge between a subscriber callback (which must never block the
 * publisher) and an SSE writer (which awaits the network): callbacks
 * `push()`, the writer loop awaits `next()`. While nothing arrives, `next()`
 * writes a keep-alive comment every `keepAliveMs`; it returns null once the
 * queue is closed or the client went away.
 */
export class SseQueue<T> {
  #items: T[] = [];
  #wake: (() => void) | undefined;
  #closed = false;

  /** Adds an item; wakes the writer. */
  push(item: T): void {
    this.#items.push(item);
    this.#wake?.();
  }

  /** Ends the stream after the items already queued. */
  close(): void {
    this.#closed = true;
    this.#wake?.();
  }

  /** The next item, or null when the queue closed or the stream ended. */
  async next(stream: SSEStreamingApi, clock: Clock, keepAliveMs = KEEPALIVE_MS): Promise<T | null> {
    for (;;) {
      if (this.#items.length > 0) return this.#items.shift()!;
      if (this.#closed || stream.aborted || stream.closed) return null;
      const timer = clock.setTimeout(() => this.#wake?.(), keepAliveMs);
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = undefined;
      timer.cancel();
      if (this.#items.length === 0 && !this.#closed && !stream.aborted && !stream.closed) {
        await stream.write(": keep-alive\n\n");
      }
    }
  }
}
