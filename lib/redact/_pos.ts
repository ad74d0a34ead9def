/**
 * Part-of-speech tags from wink-nlp and its bundled English model
 * (wink-eng-lite-web-model, MIT, ships inside its npm package: nothing is
 * downloaded). The person layer uses them to tell a proper noun in a
 * person's place in the sentence ("we invited Oyelaran", "Astride
 * Kowalczyk joined") from a capitalised everyday word.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** Universal POS tag (`PROPN`, `VERB`, `ADP`…) of each token, keyed by its start offset in `text`. */
export function posTags(text: string): Map<number, string> {
  // The model takes ~70 ms to load: once per process, on first use.
  nlp ??= winkNLP(model);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const out = new Map<number, string>();
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    // Tokens come in order and keep their original spelling: find each after the previous one.
    const at = text.indexOf(values[i], cursor);
    if (at < 0) continue;
    out.set(at, tags[i]);
    cursor = at + values[i].length;
  }
  return out;
}
