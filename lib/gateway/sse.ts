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

/** True when `chunk` ends with a blank line, i.e. it holds whole events only. */
function endsOnEvent(chunk: Uint8Array): boolean {
  const n = chunk.byteLength;
  return n >= 2 && chunk[n - 1] === 10 && chunk[n - 2] === 10;
}

/**
 * Reads `source` as SSE and re-emits each event through `map` (return the
 * event unchanged to pass it on verbatim). If `source` fails mid-stream,
 * `onError` may return closing events (an `error` event and `[DONE]`) so
 * that clients see why the stream ended; without it, the error propagates
 * and the client connection is cut.
 *
 * `unchanged(chunk)`, when given, says that `map` would return every event
 * of a chunk as it is: a chunk of whole events that passes it is forwarded
 * as the same bytes, without decoding, splitting and re-encoding (the usual
 * case for vLLM, which writes one event per chunk). This keeps a stream's
 * per-chunk garbage, and so the heap's growth under many streams, small.
 */
export function mapSse(
  source: ReadableStream<Uint8Array>,
  map: (event: string) => string,
  onError?: (err: unknown) => string | null,
  unchanged?: (chunk: Uint8Array) => boolean,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  // True while nothing is carried over (no partial event, no partial UTF-8 sequence).
  let clean = true;
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
        const bytes = chunk.value;
        const whole = endsOnEvent(bytes);
        if (clean && whole && unchanged?.(bytes)) {
          out.enqueue(bytes);
          return;
        }
        buffer += decoder.decode(bytes, { stream: true });
        const { events, rest } = splitEvents(buffer);
        buffer = rest;
        // A chunk ending on a blank line leaves no partial event or character behind.
        clean = whole;
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

/** True when `bytes` contains `needle` (ASCII), without decoding. */
export function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  const last = bytes.byteLength - needle.length;
  outer: for (
    let i = bytes.indexOf(first);
    i !== -1 && i <= last;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) {
      if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    }
    return true;
  }
  return false;
}
