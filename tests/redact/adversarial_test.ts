import { ok } from "node:assert/strict";
import { comparable, Redactor } from "../../lib/redact/mod.ts";
import { systemClock } from "../../lib/clock.ts";
import { ADVERSARIAL } from "./adversarial.ts";

for (const c of ADVERSARIAL) {
  Deno.test(`scrub() adversarial: ${c.name}`, async () => {
    const r = new Redactor({ clock: systemClock });
    const out = await r.scrub(
      { text: c.text, known: (c.known ?? []).map((value) => ({ value })) },
      null,
    );
    const seen = comparable(out.text);
    for (const h of c.hide) ok(!seen.includes(comparable(h)), `"${h}" survived: ${out.text}`);
    for (const k of c.keep ?? []) ok(out.text.includes(k), `"${k}" was masked: ${out.text}`);
    const back = await r.rehydrate({ text: out.text, handle: out.handle }, null);
    ok(back.text === c.text, "round trip restores the input exactly");
  });
}
