import { equal } from "node:assert/strict";
import { Backoff, backoffDelay, type BackoffPolicy } from "./_backoff.ts";

const policy: BackoffPolicy = { initialMs: 500, maxMs: 30_000, factor: 2, jitter: 0.2 };
const middle = () => 0.5; // no jitter either way

Deno.test("backoffDelay() doubles from initialMs and stops at maxMs", () => {
  const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, policy, middle));
  equal(delays.join(","), "500,1000,2000,4000,8000,16000,30000,30000");
  equal(backoffDelay(0, policy, middle), 0);
});

Deno.test("backoffDelay() jitters within ±jitter and never above maxMs", () => {
  equal(backoffDelay(1, policy, () => 0), 400);
  equal(backoffDelay(1, policy, () => 0.999999), 600);
  equal(backoffDelay(10, policy, () => 0.999999), 30_000);
});

Deno.test("Backoff refuses attempts until the delay has passed, then resets on success", () => {
  const b = new Backoff(policy, middle);
  equal(b.mayTry(1_000), true);
  equal(b.fail(1_000), 500);
  equal(b.mayTry(1_499), false);
  equal(b.mayTry(1_500), true);
  equal(b.fail(1_500), 1_000);
  equal(b.mayTry(2_499), false);
  equal(b.failures, 2);
  b.succeed();
  equal(b.mayTry(2_499), true);
  equal(b.fail(2_500), 500);
});
