/** The dev corpus: templates the detector may be tuned against. */
import { corpus, DEV_LOCALES, type Doc, type Template } from "./_corpus.ts";

const memo: Template = (d, b) => {
  const [f1, l1, f2, l2] = [d.first(), d.last(), d.first(), d.last()];
  b.known.push(`${f1} ${l1}`);
  b.text("Meeting notes. Attendees: ").ent("PERSON", `${f1} ${l1}`).text(", ")
    .ent("PERSON", `${f2} ${l2}`).text(".\n");
  b.ent("PERSON", f1).text(" asked ").ent("PERSON", f2).text(" to send the contract to ")
    .ent("EMAIL", d.email(f1, l1)).text(" before Friday.\n");
  b.text("Call ").ent("PERSON", l2).text(" on ").ent("PHONE", d.phone()).text(
    " if the budget slips.\n",
  );
};

const crm: Template = (d, b) => {
  const [f, l] = [d.first(), d.last()];
  b.text("Customer: ").ent("PERSON", `${f} ${l}`).text("\nEmail: ").ent("EMAIL", d.email(f, l))
    .text("\nPhone: ").ent("PHONE", d.phone()).text("\nAddress: ").ent("ADDRESS", d.address())
    .text("\nDOB: ").ent("DATE", d.dob()).text("\nSSN: ").ent("ID", d.ssn())
    .text("\nNotes: ").ent("PERSON", f).text(" prefers e-mail over phone calls.\n");
};

const payment: Template = (d, b) => {
  const [f, l] = [d.first(), d.last()];
  b.text("Refund request from ").ent("PERSON", `${f} ${l}`).text(". Card on file: ")
    .ent("CARD", d.card()).text(". Please wire the balance to IBAN ").ent("IBAN", d.iban())
    .text(" instead. ").ent("PERSON", `${f}'s`.slice(0, f.length)).text(
      "'s account manager approved it.\n",
    );
};

const ops: Template = (d, b) => {
  const f = d.first();
  b.text("Incident: login spikes from ").ent("IP", d.ip()).text(" and ").ent("IP", d.ip())
    .text(". Runbook at ").ent("URL", d.url()).text(". On call: ").ent("PERSON", `${f} ${d.last()}`)
    .text(".\n");
};

const chat: Template = (d, b) => {
  const [a, c] = [d.first(), d.first()];
  b.ent("PERSON", a).text(": hi ").ent("PERSON", c).text(", can you check the invoice?\n");
  b.ent("PERSON", c).text(": sure, what's your number again?\n");
  b.ent("PERSON", a).text(": ").ent("PHONE", d.phone()).text(", or mail ").ent(
    "EMAIL",
    d.email(a, d.last()),
  )
    .text("\n");
};

/** The dev templates. */
export const DEV_TEMPLATES: Template[] = [memo, crm, payment, ops, chat];

/** `n` dev documents from `seed`. */
export function devCorpus(n: number, seed = 1000): Doc[] {
  return corpus(DEV_TEMPLATES, DEV_LOCALES, n, seed);
}
