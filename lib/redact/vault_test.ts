import { equal, notEqual, rejects } from "node:assert/strict";
import { NotFoundError } from "../errors.ts";
import { Vault } from "./vault.ts";

function clock(start = 1_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => void (now += ms),
    setTimeout: () => ({ cancel() {} }),
    sleep: () => Promise.resolve(),
  };
}

Deno.test("Vault handles are 128-bit random and distinct", async () => {
  const v = new Vault({ clock: clock() });
  const a = await v.create(null), b = await v.create(null);
  equal(a.length, 25);
  notEqual(a, b);
});

Deno.test("Vault.update() persists mappings and expires them after the TTL", async () => {
  const c = clock();
  const v = new Vault({ clock: c, ttlMs: 1_000 });
  const h = await v.create(null);
  await v.update(h, null, (m) => void (m.byToken["[PERSON_1]"] = "Alice"));
  equal((await v.read(h, null)).byToken["[PERSON_1]"], "Alice");
  c.advance(999);
  equal((await v.read(h, null)).byToken["[PERSON_1]"], "Alice");
  c.advance(1);
  await rejects(v.read(h, null), NotFoundError);
});

Deno.test("Vault never opens a handle for another owner", async () => {
  const v = new Vault({ clock: clock() });
  const h = await v.create("owner-a");
  await rejects(v.read(h, "owner-b"), NotFoundError);
  await rejects(v.read(h, null), NotFoundError);
  equal(Object.keys((await v.read(h, "owner-a")).byToken).length, 0);
});

Deno.test("Vault.update() leaves the mapping unchanged when the callback throws", async () => {
  const v = new Vault({ clock: clock() });
  const h = await v.create(null);
  await rejects(v.update(h, null, (m) => {
    m.byToken["[PERSON_1]"] = "Alice";
    throw new Error("detector failed");
  }));
  equal((await v.read(h, null)).byToken["[PERSON_1]"], undefined);
});
