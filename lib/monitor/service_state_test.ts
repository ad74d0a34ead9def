import { equal } from "node:assert/strict";
import {
  DOWN_AFTER_TIMEOUTS,
  initialStatus,
  nextStatus,
  type ProbeResult,
  type ServiceStatus,
  type StateContext,
} from "./service_state.ts";

const ok = (atMs: number, slow = false): ProbeResult => ({ ok: true, atMs, latencyMs: 12, slow });
const timeout = (atMs: number): ProbeResult => ({
  ok: false,
  atMs,
  reason: "timeout",
  message: "5 s",
});
const refused = (atMs: number): ProbeResult => ({
  ok: false,
  atMs,
  reason: "refused",
  message: "ECONNREFUSED",
});
const on = { configured: true };

function run(probes: ProbeResult[], ctx: StateContext = on): ServiceStatus {
  return probes.reduce((s, p) => nextStatus(s, p, ctx), initialStatus(0, true));
}

Deno.test("nextStatus() shows up after a good probe and keeps the time it came up", () => {
  const s = run([ok(1), ok(2), ok(3)]);
  equal(s.state, "up");
  equal(s.sinceMs, 1);
});

Deno.test("nextStatus() turns down at once on a refused connection, with the reason", () => {
  const s = run([ok(1), refused(2)]);
  equal(s.state, "down");
  equal(s.sinceMs, 2);
  equal(s.why, "not accepting connections (connection refused)");
});

Deno.test("nextStatus() shows busy, not down, for timeouts below the debounce", () => {
  const probes = [
    ok(0),
    ...Array.from({ length: DOWN_AFTER_TIMEOUTS - 1 }, (_, i) => timeout(i + 1)),
  ];
  equal(run(probes).state, "busy");
});

Deno.test("nextStatus() turns down on the DOWN_AFTER_TIMEOUTS-th timeout in a row", () => {
  const probes = [ok(0), ...Array.from({ length: DOWN_AFTER_TIMEOUTS }, (_, i) => timeout(i + 1))];
  equal(run(probes).state, "down");
});

Deno.test("nextStatus() never calls vLLM down on timeouts while it reports running requests", () => {
  const probes = [
    ok(0),
    ...Array.from({ length: DOWN_AFTER_TIMEOUTS * 3 }, (_, i) => timeout(i + 1)),
  ];
  equal(run(probes, { configured: true, runningRequests: 2 }).state, "busy");
});

Deno.test("nextStatus() treats a timeout from a never-seen service as down", () => {
  equal(run([timeout(1)]).state, "down");
});

Deno.test("nextStatus() shows loading while a swap loads the model", () => {
  equal(run([ok(0), refused(1)], { configured: true, swapLoading: true }).state, "loading");
});

Deno.test("nextStatus() shows a slow good answer as busy and resets the timeout count", () => {
  const s = run([ok(0), timeout(1), ok(2, true)]);
  equal(s.state, "busy");
  equal(s.timeouts, 0);
});

Deno.test("nextStatus() shows not_configured when the host or service has no address", () => {
  equal(nextStatus(initialStatus(0, true), ok(1), { configured: false }).state, "not_configured");
});
