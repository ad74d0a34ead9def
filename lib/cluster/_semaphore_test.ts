import { equal, rejects } from "node:assert/strict";
import { Semaphore } from "./_semaphore.ts";

Deno.test("Semaphore grants up to max at once and hands slots on in FIFO order", async () => {
  const sem = new Semaphore(2);
  const a = await sem.acquire();
  const b = await sem.acquire();
  const order: string[] = [];
  const c = sem.acquire().then((r) => (order.push("c"), r));
  const d = sem.acquire().then((r) => (order.push("d"), r));
  equal(sem.waiting, 2);
  a();
  a(); // releasing twice frees one slot only
  const rc = await c;
  equal(order.join(), "c");
  equal(sem.free, 0);
  b();
  await d;
  equal(order.join(), "c,d");
  rc();
  equal(sem.free, 1);
});

Deno.test("Semaphore drops an aborted waiter without taking a slot", async () => {
  const sem = new Semaphore(1);
  const held = await sem.acquire();
  const ac = new AbortController();
  const waiting = sem.acquire(ac.signal);
  ac.abort(new Error("gave up"));
  await rejects(waiting, /gave up/);
  equal(sem.waiting, 0);
  held();
  equal(sem.free, 1);
});
