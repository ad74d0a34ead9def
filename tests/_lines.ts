/** Splits a text stream into lines (std's TextLineStream is JSR-only, so this is the small local one). */
export class TextLineStream extends TransformStream<string, string> {
  constructor() {
    let buffer = "";
    super({
      transform(chunk, ctrl) {
        buffer += chunk;
        const parts = buffer.split(/\r?\n/);
        buffer = parts.pop() ?? "";
        for (const line of parts) ctrl.enqueue(line);
      },
      flush(ctrl) {
        if (buffer !== "") ctrl.enqueue(buffer);
      },
    });
  }
}
