/**
 * A collection's vector layout: which named (or unnamed) dense vector and
 * which sparse vector to use. Read from the collection's own config, never
 * assumed, because existing collections (the CRM's `crm_chunks`) may use
 * other names; and the create body for new hybrid collections.
 */
import { InvalidInputError, UpstreamError } from "../errors.ts";
import { assertName } from "./names.ts";

/** bge-m3's dense size. */
export const DENSE_SIZE = 1024;

/** How a collection stores its vectors. */
export interface CollectionLayout {
  /** Name of the dense vector; `""` for a collection with one unnamed vector. */
  dense: string;
  size: number;
  distance: string;
  /** Name of the sparse vector, or null when the collection has none (dense-only search). */
  sparse: string | null;
  /** The sparse vector's modifier (`idf` for BM25 weights). */
  sparseModifier: string | null;
}

/** What a caller may choose when creating a hybrid collection. */
export interface CreateSpec {
  denseName?: string;
  sparseName?: string;
  distance?: "Cosine" | "Dot";
  /** `idf` for controller BM25 vectors (default), `none` for bge-m3 lexical weights. */
  sparseModifier?: "idf" | "none";
}

/** The `PUT /collections/{name}` body of a hybrid bge-m3 + BM25 collection. */
export function createBody(spec: CreateSpec = {}): Record<string, unknown> {
  const dense = assertName(spec.denseName ?? "dense", "dense_name");
  const sparse = assertName(spec.sparseName ?? "sparse", "sparse_name");
  if (dense === sparse) {
    throw new InvalidInputError("dense_name and sparse_name must differ", { param: "sparse_name" });
  }
  return {
    vectors: { [dense]: { size: DENSE_SIZE, distance: spec.distance ?? "Cosine" } },
    sparse_vectors: { [sparse]: { modifier: spec.sparseModifier ?? "idf" } },
  };
}

function isVectorParams(v: unknown): v is { size: number; distance?: string } {
  return typeof v === "object" && v !== null && typeof (v as { size?: unknown }).size === "number";
}

/**
 * The layout of a collection from `GET /collections/{name}`'s result.
 * Prefers vectors named `dense`/`sparse`, then a 1024-d one, then the first.
 */
export function layoutFrom(info: Record<string, unknown>): CollectionLayout {
  const params = ((info.config as Record<string, unknown> | undefined)?.params ?? {}) as Record<
    string,
    unknown
  >;
  const vectors = params.vectors;
  let dense: string;
  let vp: { size: number; distance?: string };
  if (isVectorParams(vectors)) {
    dense = "";
    vp = vectors;
  } else if (typeof vectors === "object" && vectors !== null) {
    const entries = Object.entries(vectors).filter(([, v]) => isVectorParams(v)) as [
      string,
      { size: number; distance?: string },
    ][];
    const pick = entries.find(([n]) => n === "dense") ??
      entries.find(([, v]) => v.size === DENSE_SIZE) ?? entries[0];
    if (!pick) throw new UpstreamError("qdrant", "The collection has no dense vector");
    [dense, vp] = pick;
  } else {
    throw new UpstreamError("qdrant", "The collection's config has no vectors");
  }
  const sparseVectors = (params.sparse_vectors ?? {}) as Record<
    string,
    { modifier?: string } | null
  >;
  const names = Object.keys(sparseVectors);
  const sparse = names.includes("sparse") ? "sparse" : names[0] ?? null;
  return {
    dense,
    size: vp.size,
    distance: vp.distance ?? "Cosine",
    sparse,
    sparseModifier: sparse === null ? null : sparseVectors[sparse]?.modifier ?? "none",
  };
}
