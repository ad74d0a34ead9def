import { deepEqual, equal } from "node:assert/strict";
import { EventBus, REPLAY_SIZE } from "./bus.ts";

Deno.test("EventBus.publish() delivers events in order with increasing ids", () => {
  const bus = new EventBus({ now: () => 42 });
  const seen: number[] = [];
  bus.subscribe((e) => e && seen.push(e.id));
  bus.publish("a", 1);
  bus.publish("b", 2);
  deepEqual(seen, [1, 2]);
  equal(bus.lastId, 2);
});

Deno.test("EventBus.since() replays what a reconnecting browser missed", () => {
  const bus = new EventBus();
  for (let i = 0; i < 5; i++) bus.publish("x", i);
  deepEqual(bus.since(3)?.map((e) => e.data), [3, 4]);
  deepEqual(bus.since(5), []);
});

Deno.test("EventBus.since() asks for a snapshot when the gap left the buffer", () => {
  const bus = new EventBus();
  for (let i = 0; i < REPLAY_SIZE + 10; i++) bus.publish("x", i);
  equal(bus.since(1), undefined);
  equal(bus.since(10)?.length, REPLAY_SIZE);
});

Deno.test("EventBus.close() ends every subscription with null", () => {
  const bus = new EventBus();
  const seen: Array<unknown> = [];
  bus.subscribe((e) => void seen.push(e));
  bus.close();
  bus.subscribe((e) => void seen.push(e));
  deepEqual(seen, [null, null], "both the open and the late subscriber are told the bus closed");
});
