/**
 * Cross-chunk speaker identity (CONTRACTS.md §6): agglomerative clustering of
 * the diarizer's per-chunk fingerprints, cosine distance, average linkage,
 * merging while the closest pair is nearer than the threshold (0.7).
 *
 * Hand-written because it is ~60 lines over a few hundred vectors (a 3-hour
 * meeting has ≤ 72 chunks × 4 labels); the npm clustering packages either
 * lack average linkage with a distance cut or pull in a numeric stack.
 *
 * @module
 */

/** One chunk-local speaker and its fingerprint. */
export interface FingerprintItem {
  chunk: number;
  label: string;
  vector: readonly number[];
}

/** Default merge threshold on cosine distance. */
export const CLUSTER_THRESHOLD = 0.7;

/** Cosine distance `1 − cos(a, b)`; 1 when either vector is zero. */
export function cosineDistance(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  if (na === 0 || nb === 0) return 1;
  return 1 - dot / Math.sqrt(na * nb);
}

/**
 * Clusters fingerprints; returns one cluster id per item. Cluster ids are
 * numbered by the first item (in input order) that belongs to them, so the
 * numbering follows first appearance when items are in chunk order.
 * Items of the same chunk never merge: the diarizer already separated them.
 */
export function clusterFingerprints(
  items: readonly FingerprintItem[],
  threshold = CLUSTER_THRESHOLD,
): number[] {
  const n = items.length;
  const dist: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = cosineDistance(items[i].vector, items[j].vector);
      dist[i][j] = d;
      dist[j][i] = d;
    }
  }
  // Each cluster: its members and the chunks it covers.
  let clusters = items.map((it, i) => ({ members: [i], chunks: new Set([it.chunk]) }));
  const linkage = (a: number[], b: number[]) => {
    let sum = 0;
    for (const i of a) for (const j of b) sum += dist[i][j];
    return sum / (a.length * b.length);
  };
  while (clusters.length > 1) {
    let best = Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const ci = clusters[i];
        const cj = clusters[j];
        if ([...cj.chunks].some((c) => ci.chunks.has(c))) continue;
        const d = linkage(ci.members, cj.members);
        if (d < best) {
          best = d;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best >= threshold) break;
    const merged = {
      members: [...clusters[bi].members, ...clusters[bj].members],
      chunks: new Set([...clusters[bi].chunks, ...clusters[bj].chunks]),
    };
    clusters = clusters.filter((_, k) => k !== bi && k !== bj);
    clusters.push(merged);
  }
  const ids = new Array<number>(n).fill(-1);
  const order = clusters.map((c) => Math.min(...c.members)).map((first, k) => ({ first, k }))
    .sort((a, b) => a.first - b.first);
  order.forEach(({ k }, id) => {
    for (const m of clusters[k].members) ids[m] = id;
  });
  return ids;
}
