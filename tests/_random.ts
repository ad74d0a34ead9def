/**
 * Seeded randomness for fixtures, fakes and benchmarks: the same seed gives
 * the same corpus, meeting or model output on every run. Built on pure-rand
 * (fast-check's own generator) rather than a hand-written PRNG.
 */
import { mersenne } from "pure-rand/generator/mersenne";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";

/** A function returning floats in [0, 1), deterministic for `seed`. */
export function seededRandom(seed: number): () => number {
  const generator = mersenne(seed | 0);
  return () => uniformFloat64(generator);
}
