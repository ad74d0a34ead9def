/**
 * The held-out corpus. FROZEN: these templates and locales were written
 * before any tuning and must never be changed to make a number better.
 * They differ from the dev templates in wording, layout, locales and formats.
 */
import { corpus, type Doc, HELDOUT_LOCALES, type Template } from "./_corpus.ts";

const transcript: Template = (d, b) => {
  const [a, c] = [d.first(), d.first()];
  const la = d.last();
  b.text("[00:00:03] ").ent("PERSON", `${a} ${la}`).text(": okay so let's start, is ").ent(
    "PERSON",
    c,
  )
    .text(" on the line?\n");
  b.text("[00:00:09] ").ent("PERSON", c).text(": yes, I'm here. I sent the deck to ")
    .ent("EMAIL", d.email(c, d.last())).text(" yesterday.\n");
  b.text("[00:00:15] ").ent("PERSON", `${a} ${la}`).text(
    ": great, and the supplier can be reached on ",
  )
    .ent("PHONE", d.phone()).text(".\n");
};

const letter: Template = (d, b) => {
  const [f, l] = [d.first(), d.last()];
  b.text("Dear ").ent("PERSON", `${f} ${l}`).text(
    ",\n\nwe have updated your file. Our records show you live at ",
  )
    .ent("ADDRESS", d.address()).text(" and were born on ").ent("DATE", d.dob())
    .text(". Your social security number ").ent("ID", d.ssn()).text(
      " is on file.\n\nKind regards,\n",
    )
    .ent("PERSON", `${d.first()} ${d.last()}`).text("\n");
};

const jsonExport: Template = (d, b) => {
  const [f, l] = [d.first(), d.last()];
  b.text('{"contact": {"name": "').ent("PERSON", `${f} ${l}`).text('", "mail": "')
    .ent("EMAIL", d.email(f, l)).text('", "tel": "').ent("PHONE", d.phone()).text('", "iban": "')
    .ent("IBAN", d.iban()).text('"}, "last_login_ip": "').ent("IP", d.ip()).text('"}\n');
};

const csv: Template = (d, b) => {
  b.text("name,card,website\n");
  for (let i = 0; i < 3; i++) {
    b.ent("PERSON", `${d.first()} ${d.last()}`).text(",").ent("CARD", d.card()).text(",")
      .ent("URL", d.url()).text("\n");
  }
};

const markdown: Template = (d, b) => {
  const [f, l] = [d.first(), d.last()];
  b.text("## Handover\n\n- **Owner:** ").ent("PERSON", `${f} ${l}`).text("\n- **Backup:** ")
    .ent("PERSON", `${d.first()} ${d.last()}`).text("\n- Reach ").ent("PERSON", f).text(" via ")
    .ent("EMAIL", d.email(f, l)).text(" or ").ent("PHONE", d.phone()).text(".\n- Host: `")
    .ent("IP", d.ip()).text("`\n");
};

/** The held-out templates. */
export const HELDOUT_TEMPLATES: Template[] = [transcript, letter, jsonExport, csv, markdown];

/** `n` held-out documents from `seed`. */
export function heldoutCorpus(n: number, seed = 900_000): Doc[] {
  return corpus(HELDOUT_TEMPLATES, HELDOUT_LOCALES, n, seed);
}
