import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import { Registry } from "prom-client";
import { BusyError } from "../errors.ts";
import { type Config, ConfigStore, defaultConfig } from "../config/mod.ts";
import { FakeClock, flushMicrotasks } from "../../tests/fakes.ts";
import { Admission, Admissions } from "./admission.ts";

function admission(concurrency: number, queue: number, clock = new FakeClock()) {
  return new Admission("vllm", { concurrency, queue, clock });
}

Deno.test("Admission.acquire() grants slots up to the concurrency at once", async () => {
  const a = admission(2, 5);
  const r1 = await a.acquire();
  const r2 = await a.acquire();
  equal(a.stats().inFlight, 2);
  r1();
  r2();
  equal(a.stats().inFlight, 0);
  equal(a.stats().servedTotal, 2);
});

Deno.test("Admission.acquire() serves waiters in FIFO order", async () => {
  const a = admission(1, 10);
  const first = await a.acquire();
  const order: number[] = [];
  const waiting = [1, 2, 3].map((n) =>
    a.acquire().then((release) => {
      order.push(n);
      release();
    })
  );
  equal(a.stats().queued, 3);
  first();
  await Promise.all(waiting);
  deepEqual(order, [1, 2, 3]);
});

Deno.test("Admission.acquire() lets no newcomer overtake the queue", async () => {
  const a = admission(1, 10);
  const first = await a.acquire();
  const order: string[] = [];
  const queued = a.acquire().then((r) => (order.push("queued"), r));
  first();
  // The slot went to the waiter during release, before the newcomer asked.
  const late = a.acquire().then((r) => (order.push("late"), r));
  (await queued)();
  (await late)();
  deepEqual(order, ["queued", "late"]);
});

Deno.test("Admission.acquire() throws BusyError when the queue is full", async () => {
  const a = admission(1, 1);
  const r = await a.acquire();
  const waiter = a.acquire();
  await rejects(a.acquire(), (err) => err instanceof BusyError && err.source === "controller");
  equal(a.stats().rejectedTotal, 1);
  r();
  (await waiter)();
});

Deno.test("Admission.retryAfterS() follows the observed service time", async () => {
  const clock = new FakeClock();
  const a = admission(1, 1, clock);
  equal(a.retryAfterS(), 1, "1 s before anything was measured");
  const r = await a.acquire();
  await clock.advance(4_000);
  r();
  equal(a.stats().avgServiceMs, 4_000);
  const busy = await a.acquire();
  const waiter = a.acquire();
  // One in flight, one queued, plus the caller: 3 × 4 s on one slot.
  await rejects(a.acquire(), (err) => err instanceof BusyError && err.retryAfterS === 12);
  busy();
  (await waiter)();
});

Deno.test("Admission.acquire() leaves the queue when its signal aborts", async () => {
  const a = admission(1, 1);
  const r = await a.acquire();
  const ctrl = new AbortController();
  const waiting = a.acquire(ctrl.signal);
  equal(a.stats().queued, 1);
  ctrl.abort(new Error("client gone"));
  await rejects(waiting, /client gone/);
  equal(a.stats().queued, 0);
  r();
  equal(a.stats().inFlight, 0, "the aborted waiter never got the slot");
});

Deno.test("Admission release is idempotent", async () => {
  const a = admission(1, 0);
  const r = await a.acquire();
  r();
  r();
  equal(a.stats().inFlight, 0);
  equal(a.stats().servedTotal, 1);
});

Deno.test("Admission.run() releases the slot when fn throws", async () => {
  const a = admission(1, 0);
  await rejects(a.run(() => Promise.reject(new Error("boom"))), /boom/);
  equal(a.stats().inFlight, 0);
  equal(await a.run(() => Promise.resolve(7)), 7);
});

Deno.test("Admission.reconfigure() admits waiters when the limit grows", async () => {
  const a = admission(1, 5);
  const r = await a.acquire();
  let granted = false;
  const waiter = a.acquire().then((rel) => (granted = true, rel));
  a.reconfigure({ concurrency: 2, queue: 5 });
  await flushMicrotasks();
  ok(granted);
  r();
  (await waiter)();
});

Deno.test("Admission.close() fails waiters and refuses newcomers", async () => {
  const a = admission(1, 5);
  const r = await a.acquire();
  const waiter = a.acquire();
  a.close();
  await rejects(waiter, BusyError);
  await rejects(a.acquire(), BusyError);
  r();
});

Deno.test("Admissions follows config changes and exports metrics", async () => {
  const config = new ConfigStore(defaultConfig());
  const metrics = new Registry();
  const all = new Admissions(config, { clock: new FakeClock(), metrics });
  equal(all.get("asr").stats().concurrency, 1);
  await config.update((c: Config) => {
    c.gateway.queues.asr = { concurrency: 3, queue: 7 };
    return c;
  });
  deepEqual(
    [all.get("asr").stats().concurrency, all.get("asr").stats().queue],
    [3, 7],
  );
  const release = await all.get("vllm").acquire();
  const text = await metrics.metrics();
  ok(text.includes('spark_gateway_in_flight{service="vllm"} 1'), text);
  ok(text.includes('spark_gateway_queue_depth{service="asr"} 0'));
  ok(text.includes("spark_gateway_wait_seconds_bucket"));
  release();
  all.close();
});
