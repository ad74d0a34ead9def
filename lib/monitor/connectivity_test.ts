import { deepEqual, equal } from "node:assert/strict";
import { openStore } from "../store/mod.ts";
import { ConnectivityLog } from "./connectivity.ts";

function withLog(fn: (log: ConnectivityLog) => void): void {
  const store = openStore(":memory:");
  try {
    fn(new ConnectivityLog(store.db));
  } finally {
    store.close();
  }
}

Deno.test("ConnectivityLog records a 1.5 s outage with start, end and cause", () => {
  withLog((log) => {
    log.down("service", "spark2/asr", 10_000, "connection refused");
    const closed = log.up("service", "spark2/asr", 11_500);
    equal(closed?.endedMs! - closed?.startedMs!, 1_500);
    deepEqual(log.recent().map((o) => [o.subject, o.cause, o.endedMs]), [[
      "spark2/asr",
      "connection refused",
      11_500,
    ]]);
  });
});

Deno.test("ConnectivityLog keeps one open outage per subject", () => {
  withLog((log) => {
    equal(log.down("host", "spark1", 1, "ssh closed") !== null, true);
    equal(log.down("host", "spark1", 2, "ssh closed"), null);
    equal(log.up("host", "spark1", 3)?.startedMs, 1);
    equal(log.up("host", "spark1", 4), null, "nothing to close twice");
    equal(log.recent().length, 1);
  });
});

Deno.test("ConnectivityLog.prune() drops closed outages past retention and keeps open ones", () => {
  withLog((log) => {
    log.down("host", "spark1", 1, "x");
    log.up("host", "spark1", 2);
    log.down("host", "spark2", 3, "y");
    equal(log.prune(100), 1);
    deepEqual(log.recent().map((o) => o.subject), ["spark2"]);
    deepEqual(log.counts(), [{ kind: "host", subject: "spark2", count: 1 }]);
  });
});
