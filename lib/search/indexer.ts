/**
 * The pure half of indexing: documents → chunks with sparse vectors and
 * stable ids, whole-document upsert batches, the points for one batch, and
 * the filter that removes a re-indexed document's stale chunks.
 */
import { InvalidInputError } from "../errors.ts";
import { type ChunkOptions, chunkText } from "./chunker.ts";
import { chunkId, textDocId } from "./ids.ts";
import type { CollectionLayout } from "./layout.ts";
import type { PointStruct } from "./qdrant.ts";
import { documentVector, type SparseVector } from "./sparse.ts";

/** A document as clients send it. */
export interface DocumentInput {
  /** The caller's id; derived from the text when absent. */
  id?: string | number;
  text: string;
  payload?: Record<string, unknown>;
}

/** Payload keys the indexer writes itself; a document's own payload cannot override them. */
export const RESERVED_PAYLOAD_KEYS = ["doc_id", "chunk", "chunk_count", "text"] as const;

/** One chunk ready to embed and upsert. */
export interface PreparedChunk {
  id: string;
  index: number;
  text: string;
  sparse: SparseVector;
}

/** A document cut into chunks. */
export interface PreparedDoc {
  docId: string;
  payload: Record<string, unknown>;
  chunks: PreparedChunk[];
}

/** Chunks every document and computes its sparse vectors; refuses duplicate or empty documents. */
export function prepareDocuments(
  docs: readonly DocumentInput[],
  opts: ChunkOptions,
): PreparedDoc[] {
  const seen = new Set<string>();
  return docs.map((d, i) => {
    const docId = d.id === undefined ? textDocId(d.text) : String(d.id);
    if (seen.has(docId)) {
      throw new InvalidInputError(
        `Document id "${docId.slice(0, 80)}" appears twice in one request`,
        {
          param: `documents.${i}.id`,
        },
      );
    }
    seen.add(docId);
    const chunks = chunkText(d.text, opts).map((c) => ({
      id: chunkId(docId, c.index),
      index: c.index,
      text: c.text,
      sparse: documentVector(c.text),
    }));
    if (chunks.length === 0) {
      throw new InvalidInputError(`Document ${i} has no text to index`, {
        param: `documents.${i}.text`,
      });
    }
    const payload = { ...(d.payload ?? {}) };
    for (const k of RESERVED_PAYLOAD_KEYS) delete payload[k];
    return { docId, payload, chunks };
  });
}

/**
 * Packs documents into batches of at most `maxPoints` chunks without ever
 * splitting a document (one larger than `maxPoints` gets a batch of its
 * own), so each upsert lands whole documents or none.
 */
export function packBatches(docs: readonly PreparedDoc[], maxPoints: number): PreparedDoc[][] {
  const batches: PreparedDoc[][] = [];
  let current: PreparedDoc[] = [];
  let points = 0;
  for (const d of docs) {
    if (current.length > 0 && points + d.chunks.length > maxPoints) {
      batches.push(current);
      current = [];
      points = 0;
    }
    current.push(d);
    points += d.chunks.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The points of `docs`, with dense vectors looked up by chunk id. */
export function buildPoints(
  docs: readonly PreparedDoc[],
  dense: ReadonlyMap<string, number[]>,
  layout: CollectionLayout,
): PointStruct[] {
  return docs.flatMap((d) =>
    d.chunks.map((c) => {
      const vector: Record<string, number[] | SparseVector> = { [layout.dense]: dense.get(c.id)! };
      // A chunk of only stop words has no terms; Qdrant needs no sparse entry for it.
      if (layout.sparse !== null && c.sparse.indices.length > 0) vector[layout.sparse] = c.sparse;
      return {
        id: c.id,
        vector: layout.dense === "" && layout.sparse === null ? dense.get(c.id)! : vector,
        payload: {
          ...d.payload,
          doc_id: d.docId,
          chunk: c.index,
          chunk_count: d.chunks.length,
          text: c.text,
        },
      };
    })
  );
}

/** Matches the chunks of `docs` that are not among their new chunk ids (left by a longer old version). */
export function staleChunksFilter(docs: readonly PreparedDoc[]): Record<string, unknown> {
  return {
    must: [{ key: "doc_id", match: { any: docs.map((d) => d.docId) } }],
    must_not: [{ has_id: docs.flatMap((d) => d.chunks.map((c) => c.id)) }],
  };
}
