/**
 * Hybrid search: spark-embed dense vectors plus controller-side BM25 sparse
 * vectors in Qdrant, fused by Qdrant's Query API and optionally reranked.
 * Collection, vector and filter-key names pass one guard before any URL is
 * built. See README.md beside this file and docs/EMBEDDINGS.md.
 *
 * @module
 */
export { type Chunk, type ChunkOptions, chunkText } from "./chunker.ts";
export { type Admit, EmbedClient, type RerankResult } from "./embed.ts";
export { chunkId, textDocId } from "./ids.ts";
export { type DocumentInput, RESERVED_PAYLOAD_KEYS } from "./indexer.ts";
export {
  type CollectionLayout,
  createBody,
  type CreateSpec,
  DENSE_SIZE,
  layoutFrom,
} from "./layout.ts";
export {
  assertFilterKey,
  assertFilterKeys,
  assertName,
  buildUrl,
  FILTER_KEY_REGEXP,
  NAME_REGEXP,
} from "./names.ts";
export { QdrantRest } from "./qdrant.ts";
export {
  type Hit,
  type HitScores,
  type QueryInput,
  type SearchMode,
  type SearchPlan,
} from "./query.ts";
export {
  type CollectionView,
  createSearch,
  type IndexResult,
  type QueryResult,
  SearchService,
  type SearchServiceOptions,
  type Timings,
} from "./service.ts";
export {
  documentVector,
  lexicalToSparse,
  queryVector,
  type SparseVector,
  termIndex,
  terms,
} from "./sparse.ts";
