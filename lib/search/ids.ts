/**
 * Stable point ids. Qdrant takes u64 or UUID ids only, so a chunk's id is a
 * name-based UUID (v5) of its document id and chunk index: re-indexing a
 * document writes the same ids and so replaces its chunks in place.
 */
import { v5 as uuidv5 } from "uuid";

/** Namespace of chunk ids (a fixed random UUID; changing it would orphan every indexed chunk). */
export const CHUNK_NAMESPACE = "5b0e7f3c-2f57-4c55-9a0a-4f1d3c9e8b21";

/** Namespace for deriving a document id from its text when the caller gives none. */
export const TEXT_NAMESPACE = "a3c1d7e2-6b4f-4e8a-b1c9-0d2e5f7a9c34";

/** The point id of chunk `index` of document `docId`. */
export function chunkId(docId: string, index: number): string {
  return uuidv5(`${docId}\u0000${index}`, CHUNK_NAMESPACE);
}

/** A document id derived from its text, so re-posting the same text is idempotent. */
export function textDocId(text: string): string {
  return uuidv5(text, TEXT_NAMESPACE);
}
