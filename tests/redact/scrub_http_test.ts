import { deepEqual, equal, match, ok } from "node:assert/strict";
import { createApp } from "../../app.ts";
import { MAX_SCRUB_CHARS, Redactor, VAULT_TTL_MS } from "../../lib/redact/mod.ts";
import { FakeClock, fakeDeps } from "../fakes.ts";

const TEXT = "Alice Kowalski (alice.kowalski@example.com, +1 415 555 2671) owes Bob 20 dollars.";

function post(app: ReturnType<typeof createApp>, path: string, body: unknown, token?: string) {
  return app.request(path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

Deno.test("POST /scrub masks people and contacts and /rehydrate restores them", async () => {
  const deps = fakeDeps();
  const app = createApp(deps);
  const res = await post(app, "/scrub", { text: TEXT });
  equal(res.status, 200);
  match(res.headers.get("content-type") ?? "", /application\/json/);
  const body = await res.json();
  equal(body.text, "[PERSON_1] ([EMAIL_1], [PHONE_1]) owes [PERSON_2] 20 dollars.");
  deepEqual(body.entities, { PERSON: 2, EMAIL: 1, PHONE: 1 });
  match(body.handle, /^rh_[A-Za-z0-9_-]{22}$/);
  match(body.instruction, /\[PERSON_1\]/);

  const back = await post(app, "/rehydrate", {
    text: "Sure: \\[PERSON\\_1\\] should call person 2... I mean PERSON 2 at [phone_1].",
    handle: body.handle,
  });
  equal(back.status, 200);
  const restored = await back.json();
  equal(
    restored.text,
    "Sure: Alice Kowalski should call person 2... I mean Bob at +1 415 555 2671.",
  );
  equal(restored.restored, 3);
  deepEqual(restored.missing, ["[EMAIL_1]"]);
  await deps.close();
});

Deno.test("POST /scrub reuses tokens within a handle across calls", async () => {
  const deps = fakeDeps();
  const app = createApp(deps);
  const first = await (await post(app, "/scrub", { text: "Ask Alice Kowalski." })).json();
  const second = await (await post(app, "/scrub", {
    text: "Bob Nowak and Alice Kowalski.",
    handle: first.handle,
  })).json();
  equal(second.text, "[PERSON_2] and [PERSON_1].");
  await deps.close();
});

Deno.test("POST /rehydrate answers 404 for an unknown handle and for an expired one", async () => {
  const clock = new FakeClock();
  const deps = fakeDeps({ clock });
  const app = createApp(deps);
  const unknown = await post(app, "/rehydrate", { text: "x", handle: "rh_AAAAAAAAAAAAAAAAAAAAAA" });
  equal(unknown.status, 404);
  const { handle } = await (await post(app, "/scrub", { text: TEXT })).json();
  await clock.advance(VAULT_TTL_MS - 1);
  equal((await post(app, "/rehydrate", { text: "[PERSON_1]", handle })).status, 200);
  await clock.advance(VAULT_TTL_MS + 1);
  const expired = await post(app, "/rehydrate", { text: "[PERSON_1]", handle });
  equal(expired.status, 404);
  equal((await expired.json()).error.code, "not_found");
  // An expired handle cannot be scrubbed into either.
  equal((await post(app, "/scrub", { text: "hi", handle })).status, 404);
  await deps.close();
});

Deno.test("POST /rehydrate never restores a handle for another API token", async () => {
  const a = "token-aaaaaaaaaaaaaaaa", b = "token-bbbbbbbbbbbbbbbb";
  const deps = fakeDeps({ configure: (c) => void (c.auth.apiTokens = [a, b]) });
  const app = createApp(deps);
  equal((await post(app, "/scrub", { text: TEXT })).status, 401);
  const { handle } = await (await post(app, "/scrub", { text: TEXT }, a)).json();
  const other = await post(app, "/rehydrate", { text: "[PERSON_1]", handle }, b);
  equal(other.status, 404);
  ok(!(await other.text()).includes("Alice"));
  const own = await post(app, "/rehydrate", { text: "[PERSON_1]", handle }, a);
  equal((await own.json()).text, "Alice Kowalski");
  await deps.close();
});

Deno.test("POST /scrub answers 413 over the text limit", async () => {
  const deps = fakeDeps();
  const app = createApp(deps);
  const res = await post(app, "/scrub", { text: "a".repeat(MAX_SCRUB_CHARS + 1) });
  equal(res.status, 413);
  equal((await res.json()).error.code, "payload_too_large");
  await deps.close();
});

Deno.test("POST /scrub fails closed with 500 when the detector throws", async () => {
  const clock = new FakeClock();
  const redact = new Redactor({
    clock,
    detector: () => {
      throw new TypeError("boom");
    },
  });
  const deps = fakeDeps({ clock, redact });
  const app = createApp(deps);
  const res = await post(app, "/scrub", { text: TEXT });
  equal(res.status, 500);
  const body = await res.text();
  ok(!body.includes("Alice") && !body.includes("415"), "nothing of the input is returned");
  await deps.close();
});

Deno.test("POST /scrub fails closed when the leak re-scan still sees a known value", async () => {
  const clock = new FakeClock();
  // A detector that misses everything: the second pass must catch the known name.
  const redact = new Redactor({ clock, detector: () => [] });
  const deps = fakeDeps({ clock, redact });
  const app = createApp(deps);
  const res = await post(app, "/scrub", { text: "Notes from ZOË Quill.", known: ["Zoë Quill"] });
  equal(res.status, 500);
  ok(!(await res.text()).includes("Quill"));
  await deps.close();
});

Deno.test("POST /rehydrate with strict fails on missing and unresolved tokens", async () => {
  const deps = fakeDeps();
  const app = createApp(deps);
  const { handle } = await (await post(app, "/scrub", { text: TEXT })).json();
  const res = await post(app, "/rehydrate", {
    text: "[PERSON_1] and [PERSONNE_2]",
    handle,
    strict: true,
  });
  equal(res.status, 400);
  const body = await res.json();
  deepEqual(body.error.details.unresolved, ["[PERSONNE_2]"]);
  const loose =
    await (await post(app, "/rehydrate", { text: "[PERSON_1] and [PERSONNE_2]", handle }))
      .json();
  equal(loose.text, "Alice Kowalski and [PERSONNE_2]");
  deepEqual(loose.unresolved, ["[PERSONNE_2]"]);
  await deps.close();
});

Deno.test("POST /scrub rejects a non-JSON body with 415 and a bad body with 400", async () => {
  const deps = fakeDeps();
  const app = createApp(deps);
  const res = await app.request("/scrub", { method: "POST", body: "text=hi" });
  equal(res.status, 415);
  equal((await post(app, "/scrub", { text: 3 })).status, 400);
  await deps.close();
});

Deno.test("GET /redact renders the preview page", async () => {
  const deps = fakeDeps();
  const res = await createApp(deps).request("/redact");
  equal(res.status, 200);
  match(await res.text(), /data-island="RedactPreview"/);
  await deps.close();
});
