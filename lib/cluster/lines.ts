/**
 * Splitting streamed command output into lines. Chunks from SSH end
 * anywhere, so a line may arrive in pieces; each stream (stdout, stderr)
 * needs its own splitter, or a line of one gets spliced into the other.
 *
 * @module
 */

/** The longest line kept whole; longer ones are cut and marked, so one runaway line cannot flood a view. */
export const MAX_LINE_CHARS = 8_192;

/**
 * Splits streamed text into whole lines. Chunks may end mid-line; the rest
 * waits for the next chunk or {@link LineSplitter.flush}. Lines longer than
 * {@link MAX_LINE_CHARS} are cut and marked.
 */
export class LineSplitter {
  #rest = "";

  /** Feeds a chunk; returns the lines it completed. */
  push(chunk: string): string[] {
    const parts = (this.#rest + chunk).split("\n");
    this.#rest = parts.pop() ?? "";
    if (this.#rest.length > MAX_LINE_CHARS) {
      parts.push(this.#rest);
      this.#rest = "";
    }
    return parts.map(clip);
  }

  /** The unfinished last line, if any (at the end of the stream). */
  flush(): string[] {
    const rest = this.#rest;
    this.#rest = "";
    return rest === "" ? [] : [clip(rest)];
  }
}

function clip(line: string): string {
  const l = line.endsWith("\r") ? line.slice(0, -1) : line;
  return l.length > MAX_LINE_CHARS ? `${l.slice(0, MAX_LINE_CHARS)} …[line cut]` : l;
}
