/**
 * BM25-style sparse vectors computed in the controller, the way the
 * predecessor's CRM ingester did it: the scheme of Qdrant's FastEmbed
 * `Qdrant/bm25` model, so vectors made here line up with vectors already in
 * `crm_chunks`. Text is lower-cased and split on non-word characters,
 * English stop words are dropped, each word is stemmed with Snowball English
 * (Porter2), hashed with MurmurHash3 (32-bit, seed 0, UTF-8, absolute value
 * of the signed result) to an index, and weighted
 * `tf·(k+1) / (tf + k·(1 − b + b·len/avgLen))`. Qdrant multiplies in the IDF
 * itself (the collection's sparse vector has `modifier: "idf"`). A query's
 * vector weighs each distinct term 1.
 */
import murmurhash from "murmurhash";
import { eng as ENGLISH_STOPWORDS } from "stopword";
import porter2 from "wink-porter2-stemmer";
import { InvalidInputError } from "../errors.ts";

/** A Qdrant sparse vector: sorted unique indices and their weights. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

/** BM25 parameters (FastEmbed's defaults). */
export interface Bm25Options {
  k: number;
  b: number;
  avgLen: number;
}

/** FastEmbed's `Qdrant/bm25` defaults. */
export const BM25_DEFAULTS: Bm25Options = { k: 1.2, b: 0.75, avgLen: 256 };

/** Longer tokens are dropped (FastEmbed's `token_max_length`), as are hashes of base64 blobs. */
const TOKEN_MAX_LENGTH = 40;

const STOPWORDS = new Set<string>(ENGLISH_STOPWORDS);
const stem = porter2 as (word: string) => string;

/** Words of `text` after lower-casing, splitting on non-word characters, stop-word removal and stemming. */
export function terms(text: string): string[] {
  const out: string[] = [];
  // `\p{L}\p{N}\p{M}_` is Python's Unicode `\w`, which FastEmbed's tokenizer splits on.
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? []) {
    if (STOPWORDS.has(word) || word.length > TOKEN_MAX_LENGTH) continue;
    const stemmed = stem(word);
    if (stemmed !== "") out.push(stemmed);
  }
  return out;
}

/** A term's index: |signed MurmurHash3-32(UTF-8)|, as Python's `abs(mmh3.hash(term))`. */
export function termIndex(term: string): number {
  const h = murmurhash.v3(term, 0) >>> 0;
  return h >= 0x80000000 ? 0x100000000 - h : h;
}

function toVector(weights: Map<number, number>): SparseVector {
  const indices = [...weights.keys()].sort((a, b) => a - b);
  return { indices, values: indices.map((i) => weights.get(i)!) };
}

/** The BM25 document vector of `text` (empty vector when it has no terms). */
export function documentVector(text: string, opts: Bm25Options = BM25_DEFAULTS): SparseVector {
  const ts = terms(text);
  const tf = new Map<number, number>();
  for (const t of ts) {
    const i = termIndex(t);
    tf.set(i, (tf.get(i) ?? 0) + 1);
  }
  const norm = opts.k * (1 - opts.b + opts.b * (ts.length / opts.avgLen));
  const weights = new Map<number, number>();
  for (const [i, f] of tf) weights.set(i, (f * (opts.k + 1)) / (f + norm));
  return toVector(weights);
}

/** The query vector of `text`: every distinct term weighs 1 (Qdrant's `idf` does the rest). */
export function queryVector(text: string): SparseVector {
  const weights = new Map<number, number>();
  for (const t of terms(text)) weights.set(termIndex(t), 1);
  return toVector(weights);
}

/**
 * Converts bge-m3 lexical weights (`{"<token id>": weight}`) to a sparse
 * vector: special ids 0–3 dropped, max over repeats, only weights > 0.
 * Dicts keyed by token text are refused: they would hash differently from
 * the ids the collection was built with.
 */
export function lexicalToSparse(weights: Record<string, unknown>): SparseVector {
  const best = new Map<number, number>();
  for (const [key, raw] of Object.entries(weights)) {
    if (!/^\d+$/.test(key)) {
      throw new InvalidInputError(
        `Lexical weights must be keyed by token id, got "${key.slice(0, 20)}"`,
      );
    }
    const id = Number(key);
    const w = Number(raw);
    if (id <= 3 || !Number.isFinite(w) || w <= 0) continue;
    best.set(id, Math.max(best.get(id) ?? 0, w));
  }
  return toVector(best);
}
