import { deepEqual, equal, throws } from "node:assert/strict";
import { migrate, openStore } from "./db.ts";
import { DatabaseSync } from "node:sqlite";

Deno.test("openStore() applies every migration and records the version", () => {
  const store = openStore(":memory:");
  try {
    equal(store.version >= 1, true);
    const tables = store.db.prepare(
      "SELECT name FROM sqlite_master WHERE type='table' AND name IN ('events','kv') ORDER BY name",
    ).all();
    deepEqual(tables.map((t) => t.name), ["events", "kv"]);
  } finally {
    store.close();
  }
});

Deno.test("migrate() skips applied steps and applies only newer ones", () => {
  const db = new DatabaseSync(":memory:");
  const one = { version: 1, name: "a", sql: "CREATE TABLE a (x)" };
  const two = { version: 2, name: "b", sql: "CREATE TABLE b (x)" };
  equal(migrate(db, [one]), 1);
  equal(migrate(db, [two, one]), 2);
  equal(migrate(db, [one, two]), 2);
  db.close();
});

Deno.test("migrate() rolls back a failing step and leaves the version unchanged", () => {
  const db = new DatabaseSync(":memory:");
  migrate(db, [{ version: 1, name: "a", sql: "CREATE TABLE a (x)" }]);
  throws(() =>
    migrate(db, [{ version: 2, name: "bad", sql: "CREATE TABLE c (x); CREATE TABLE a (x)" }])
  );
  const v = db.prepare("PRAGMA user_version").get() as { user_version: number };
  equal(v.user_version, 1);
  equal(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name='c'").get()?.n, 0);
  db.close();
});

Deno.test("migrate() refuses two migrations with the same version", () => {
  const db = new DatabaseSync(":memory:");
  throws(
    () => migrate(db, [{ version: 1, name: "a", sql: "" }, { version: 1, name: "b", sql: "" }]),
    RangeError,
  );
  db.close();
});
