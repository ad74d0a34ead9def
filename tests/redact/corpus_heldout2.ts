/**
 * A second held-out corpus, written (templates, locales and seed) before the
 * second round of detector work and never tuned on: unlabelled street
 * addresses and names from locales neither the dev nor the first held-out
 * corpus uses (Italian, Portuguese, Polish, Nordic, Czech, Turkish,
 * Hungarian, Romanian, Swiss/Austrian/Belgian, Irish, Australian, Canadian,
 * Indian, South African), in letters, chats, ASR transcripts, HR notes,
 * signatures, JSON and CSV. Frozen: change the detector, not this file.
 */
import {
  cs_CZ,
  da,
  de_AT,
  de_CH,
  en_AU,
  en_CA,
  en_IE,
  en_IN,
  en_ZA,
  fi,
  fr_CH,
  hu,
  it,
  nb_NO,
  nl_BE,
  pl,
  pt_BR,
  pt_PT,
  ro,
  sv,
  tr,
} from "@faker-js/faker";
import { corpus, type Doc, type Draw, type Template } from "./_corpus.ts";

/** Locales of the second held-out corpus (none of them is in the dev or first held-out set). */
export const HELDOUT2_LOCALES = [
  it,
  pt_BR,
  pt_PT,
  pl,
  sv,
  nb_NO,
  da,
  fi,
  de_AT,
  de_CH,
  fr_CH,
  nl_BE,
  en_IE,
  en_AU,
  en_CA,
  cs_CZ,
  tr,
  hu,
  ro,
  en_IN,
  en_ZA,
];

const street = (d: Draw) => d.f.location.streetAddress(d.f.datatype.boolean());
const town = (d: Draw) => `${d.f.location.zipCode()} ${d.f.location.city()}`;

const letter: Template = (d, b) => {
  const [f1, l1, f2, l2] = [d.first(), d.last(), d.first(), d.last()];
  b.text(`${d.f.location.city()}, 3 March\n\n`).ent("PERSON", `${f1} ${l1}`).text("\n")
    .ent("ADDRESS", street(d)).text(`\n${town(d)}\n\n`);
  b.text(`Dear ${d.pick(["Mr", "Ms", "Dr"])} `).ent("PERSON", l1).text(",\n\n");
  b.text("thank you for your order of 12 pallets. Delivery is planned for next week.\n\n");
  b.text("Kind regards,\n").ent("PERSON", `${f2} ${l2}`).text("\nSales Office\n");
};

const delivery: Template = (d, b) => {
  const [f1, f2, l3] = [d.first(), d.first(), d.last()];
  b.ent("PERSON", f1).text(": could you send the samples to ").ent("ADDRESS", street(d))
    .text(`, ${town(d)}?\n`);
  b.ent("PERSON", f2).text(": sure, I'll ping ").ent("PERSON", l3).text(" at ")
    .ent("PHONE", d.phone()).text(" first.\n");
};

const asr: Template = (d, b) => {
  const [f1, f2, f3, l3] = [d.first(), d.first(), d.first(), d.last()];
  b.ent("PERSON", f1.toLowerCase()).text(": okay so ").ent("PERSON", f2.toLowerCase())
    .text(" will take the action item\n");
  b.ent("PERSON", f2.toLowerCase()).text(": yes and i'll loop in ")
    .ent("PERSON", `${f3.toLowerCase()} ${l3.toLowerCase()}`).text(" tomorrow\n");
};

const hr: Template = (d, b) => {
  const [f1, l1, f2, l2, f3, l3] = [d.first(), d.last(), d.first(), d.last(), d.first(), d.last()];
  b.ent("PERSON", `${l1}, ${f1}`).text(" moved from ").ent("ADDRESS", street(d)).text(" to ")
    .ent("ADDRESS", street(d)).text(" on Monday. Manager: ").ent("PERSON", `${f2[0]}. ${l2}`)
    .text(".\nEmergency contact: ").ent("PERSON", `${f3} ${l3}`).text(", ").ent("PHONE", d.phone())
    .text(".\n");
};

const signature: Template = (d, b) => {
  const [f, l] = [d.first(), d.last()];
  b.text("Thanks for the quick turnaround!\n\nBest,\n").ent("PERSON", `${f} ${l}`)
    .text("\nHead of Procurement\n").ent("PHONE", d.phone()).text(" | ").ent("EMAIL", d.email(f, l))
    .text("\n");
};

const json: Template = (d, b) => {
  const [f, l] = [d.first(), d.last()];
  b.text('{"customer": "').ent("PERSON", `${f} ${l}`).text('", "street": "')
    .ent("ADDRESS", street(d)).text(`", "city": "${town(d)}", "iban": "`).ent("IBAN", d.iban())
    .text('"}\n');
};

const narrative: Template = (d, b) => {
  const [f1, l1, f2, l2] = [d.first(), d.last(), d.first(), d.last()];
  b.text("According to ").ent("PERSON", f1).text(
    `, the audit at the ${d.f.location.city()} plant went well. `,
  );
  b.ent("PERSON", `${f1} ${l1}`).text(" and ").ent("PERSON", `${f2} ${l2}`)
    .text(" will present on Thursday; ").ent("PERSON", l2).text("'s slides are at ")
    .ent("URL", d.url()).text(".\n");
};

const csv: Template = (d, b) => {
  const [f1, l1, f2, l2] = [d.first(), d.last(), d.first(), d.last()];
  b.text("name;email;street\n").ent("PERSON", `${f1} ${l1}`).text(";").ent("EMAIL", d.email(f1, l1))
    .text(";").ent("ADDRESS", street(d)).text("\n").ent("PERSON", `${f2} ${l2}`).text(";")
    .ent("EMAIL", d.email(f2, l2)).text(";").ent("ADDRESS", street(d)).text("\n");
};

const ticket: Template = (d, b) => {
  const [f, l] = [d.first(), d.last()];
  b.text(`Ticket ${d.f.number.int({ min: 1000, max: 9999 })}: `).ent("PERSON", `${f} ${l}`)
    .text(" cannot log in from ").ent("IP", d.ip()).text(". ").ent("PERSON", f)
    .text(" says the card ").ent("CARD", d.card()).text(" was charged twice.\n");
};

/** The second held-out templates (frozen). */
export const HELDOUT2_TEMPLATES: Template[] = [
  letter,
  delivery,
  asr,
  hr,
  signature,
  json,
  narrative,
  csv,
  ticket,
];

/** `n` documents of the second held-out corpus from `seed`. */
export function heldout2Corpus(n: number, seed = 31_000): Doc[] {
  return corpus(HELDOUT2_TEMPLATES, HELDOUT2_LOCALES, n, seed);
}
