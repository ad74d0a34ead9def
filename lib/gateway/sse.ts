/**
 * Server-sent events, event by event: the upstream's chunks are split at
 * blank lines, each event may be rewritten, and whatever is complete is
 * passed on at once (never held for the rest of the stream).
 */

const encoder = new TextEncoder();

/** Splits a text buffer into complete SSE events (without their blank line) and the rest. */
export function splitEvents(buffer: string): { events: string[]; rest: string } {
  const events: string[] = [];
  let start = 0;
  const re = /\r?\n\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(buffer)) !== null) {
    events.push(buffer.slice(start, m.index));
    start = m.index + m[0].length;
  }
  return { events, rest: buffer.slice(start) };
}

/** The joined `data:` payload of one event, or null when it has none. */
export function eventData(event: string): string | null {
  let data: string | null = null;
  for (const line of event.split(/\r?\n/)) {
    if (!line.startsWith("data:")) continue;
    const value = line.slice(line[5] === " " ? 6 : 5);
    data = data === null ? value : `${data}\n${value}`;
  }
  return data;
}

/** An SSE `data:` event carrying `value` as JSON. */
export function dataEvent(value: unknown): string {
  return `data: ${JSON.stringify(value)}\n\n`;
}

/**
 * Reads `source` as SSE and re-emits each event through `map` (return the
 * event unchanged to pass it on verbatim). If `source` fails mid-stream,
 * `onError` may return closing events (an `error` event and `[DONE]`) so
 * that clients see why the stream ended; without it, the error propagates
 * and the client connection is cut.
 */
export function mapSse(
  source: ReadableStream<Uint8Array>,
  map: (event: string) => string,
  onError?: (err: unknown) => string | null,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return new ReadableStream<Uint8Array>({
    async pull(out) {
      while (true) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (err) {
          const closing = onError?.(err);
          if (closing === null || closing === undefined) return out.error(err);
          out.enqueue(encoder.encode(closing));
          return out.close();
        }
        if (chunk.done) {
          buffer += decoder.decode();
          if (buffer !== "") out.enqueue(encoder.encode(buffer));
          return out.close();
        }
        buffer += decoder.decode(chunk.value, { stream: true });
        const { events, rest } = splitEvents(buffer);
        buffer = rest;
        if (events.length === 0) continue;
        out.enqueue(encoder.encode(events.map((e) => `${map(e)}\n\n`).join("")));
        return;
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  }, { highWaterMark: 0 });
}
