/**
 * Splits long texts into overlapping chunks on sentence boundaries, using
 * the runtime's ICU sentence segmenter (`Intl.Segmenter`), which handles
 * quotes, decimals and non-Latin punctuation better than a regex (it still
 * ends a sentence after "Dr."; the overlap softens such cuts).
 */

/** How to cut a text; sizes are in characters (UTF-16 units). */
export interface ChunkOptions {
  /** Target maximum chunk length. */
  size: number;
  /** Characters of trailing sentences repeated at the start of the next chunk. */
  overlap: number;
}

/** One chunk of a document, with its place in the original text. */
export interface Chunk {
  index: number;
  text: string;
  /** Offset of the chunk's first character in the (unnormalised) input. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

interface Piece {
  text: string;
  start: number;
  end: number;
}

const sentences = new Intl.Segmenter("en", { granularity: "sentence" });
const words = new Intl.Segmenter("en", { granularity: "word" });

/** Sentences of `text` with offsets; trailing whitespace is trimmed from each. */
function sentencePieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const s of sentences.segment(text)) {
    const lead = s.segment.length - s.segment.trimStart().length;
    const body = s.segment.trim();
    if (body === "") continue;
    out.push({ text: body, start: s.index + lead, end: s.index + lead + body.length });
  }
  return out;
}

/** Cuts one over-long sentence at word boundaries (or hard, inside a giant word). */
function splitLong(p: Piece, size: number): Piece[] {
  const out: Piece[] = [];
  let start = p.start;
  let end = p.start;
  for (const w of words.segment(p.text)) {
    const wEnd = p.start + w.index + w.segment.length;
    if (wEnd - start > size && end > start) {
      out.push(piece(p, start, end));
      start = p.start + w.index;
      // Skip the whitespace a cut lands on.
      if (w.segment.trim() === "") start = wEnd;
    }
    while (wEnd - start > size) {
      out.push(piece(p, start, start + size));
      start += size;
    }
    end = wEnd;
  }
  if (end > start) out.push(piece(p, start, end));
  return out.filter((x) => x.text !== "");
}

function piece(p: Piece, start: number, end: number): Piece {
  const raw = p.text.slice(start - p.start, end - p.start);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  return { text: body, start: start + lead, end: start + lead + body.length };
}

/**
 * Chunks `text`: whole sentences are packed up to `size` characters; the
 * next chunk starts with the last sentences of the previous one that fit in
 * `overlap`. A sentence longer than `size` is cut at word boundaries. Empty
 * or whitespace-only text gives no chunks; a short text gives one.
 */
export function chunkText(text: string, opts: ChunkOptions): Chunk[] {
  const size = Math.max(1, Math.floor(opts.size));
  const overlap = Math.max(0, Math.min(Math.floor(opts.overlap), Math.floor(size / 2)));
  const pieces = sentencePieces(text).flatMap((
    p,
  ) => (p.text.length > size ? splitLong(p, size) : [p]));
  const chunks: Chunk[] = [];
  let current: Piece[] = [];
  const length = (ps: Piece[]) => (ps.length === 0 ? 0 : ps.at(-1)!.end - ps[0].start);
  const emit = () => {
    const first = current[0];
    const last = current.at(-1)!;
    chunks.push({
      index: chunks.length,
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
    });
  };
  let fresh = 0; // pieces in `current` that no earlier chunk has carried
  for (const p of pieces) {
    if (current.length > 0 && p.end - current[0].start > size) {
      if (fresh > 0) emit();
      // Carry trailing sentences that fit into the overlap (and leave room for `p`).
      const carried: Piece[] = [];
      for (let i = current.length - 1; i >= 0; i--) {
        const candidate = [current[i], ...carried];
        if (length(candidate) > overlap || p.end - current[i].start > size) break;
        carried.unshift(current[i]);
      }
      current = carried;
      fresh = 0;
    }
    current.push(p);
    fresh++;
  }
  if (current.length > 0 && fresh > 0) emit();
  return chunks;
}
