import { deepEqual, equal, throws } from "node:assert/strict";
import { InvalidInputError } from "../errors.ts";
import { chunkId, textDocId } from "./ids.ts";
import { buildPoints, packBatches, prepareDocuments, staleChunksFilter } from "./indexer.ts";

const OPTS = { size: 60, overlap: 0 };
const LONG = "One sentence is here. Another sentence is here. A third one is here too.";

Deno.test("prepareDocuments() chunks with stable ids and protects reserved payload keys", () => {
  const [d] = prepareDocuments([{
    id: 7,
    text: LONG,
    payload: { source: "crm", text: "spoof", chunk: 99 },
  }], OPTS);
  equal(d.docId, "7");
  equal(d.chunks.length, 2);
  deepEqual(d.chunks.map((c) => c.id), [chunkId("7", 0), chunkId("7", 1)]);
  deepEqual(d.payload, { source: "crm" });
  equal(prepareDocuments([{ text: "Hi there." }], OPTS)[0].docId, textDocId("Hi there."));
});

Deno.test("prepareDocuments() refuses duplicate ids and empty texts", () => {
  throws(
    () => prepareDocuments([{ id: "a", text: "x." }, { id: "a", text: "y." }], OPTS),
    InvalidInputError,
  );
  throws(() => prepareDocuments([{ id: "a", text: "   " }], OPTS), InvalidInputError);
});

Deno.test("packBatches() never splits a document across batches", () => {
  const docs = prepareDocuments([
    { id: "a", text: LONG }, // 2 chunks
    { id: "b", text: "Short." }, // 1
    { id: "c", text: LONG + " " + LONG }, // 3
    { id: "d", text: "Short." },
  ], OPTS);
  deepEqual(docs.map((d) => d.chunks.length), [2, 1, 3, 1]);
  deepEqual(packBatches(docs, 3).map((b) => b.map((d) => d.docId)), [["a", "b"], ["c"], ["d"]]);
});

Deno.test("buildPoints() and staleChunksFilter() use the collection's vector names", () => {
  const docs = prepareDocuments([{ id: "a", text: "Cats sleep." }], OPTS);
  const dense = new Map([[docs[0].chunks[0].id, [0.5, 0.5]]]);
  const layout = { dense: "d", size: 2, distance: "Cosine", sparse: "s", sparseModifier: "idf" };
  const [p] = buildPoints(docs, dense, layout);
  deepEqual(Object.keys(p.vector), ["d", "s"]);
  deepEqual(p.payload, { doc_id: "a", chunk: 0, chunk_count: 1, text: "Cats sleep." });
  deepEqual(staleChunksFilter(docs), {
    must: [{ key: "doc_id", match: { any: ["a"] } }],
    must_not: [{ has_id: [docs[0].chunks[0].id] }],
  });
});
