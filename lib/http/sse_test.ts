import { deepEqual, equal } from "node:assert/strict";
import type { SSEStreamingApi } from "hono/streaming";
import { FakeClock } from "../../tests/fakes.ts";
import { SseQueue } from "./sse.ts";

function fakeStream() {
  const written: string[] = [];
  const stream = {
    aborted: false,
    closed: false,
    write: (s: string) => (written.push(s), Promise.resolve()),
  };
  return { stream: stream as unknown as SSEStreamingApi & { aborted: boolean }, written };
}

Deno.test("SseQueue.next() returns queued items in order, then null after close()", async () => {
  const { stream } = fakeStream();
  const q = new SseQueue<number>();
  q.push(1);
  q.push(2);
  q.close();
  const clock = new FakeClock();
  deepEqual(
    [await q.next(stream, clock), await q.next(stream, clock), await q.next(stream, clock)],
    [1, 2, null],
  );
});

Deno.test("SseQueue.next() writes a keep-alive comment each silent interval and wakes on push", async () => {
  const { stream, written } = fakeStream();
  const clock = new FakeClock();
  const q = new SseQueue<string>();
  const pending = q.next(stream, clock, 1_000);
  await clock.advance(1_000);
  await clock.advance(1_000);
  deepEqual(written, [": keep-alive\n\n", ": keep-alive\n\n"]);
  q.push("hello");
  equal(await pending, "hello");
});

Deno.test("SseQueue.next() returns null once the client went away", async () => {
  const { stream } = fakeStream();
  const clock = new FakeClock();
  const q = new SseQueue<string>();
  const pending = q.next(stream, clock, 1_000);
  stream.aborted = true;
  await clock.advance(1_000);
  equal(await pending, null);
});
