import { useState } from "preact/hooks";

/** Props: none; the island talks to `/scrub` on its own origin. */
export interface RedactPreviewProps extends Record<string, unknown> {
  /** Optional sample text to start with. */
  initial?: string;
}

interface Preview {
  text: string;
  entities: Record<string, number>;
}

const LABELS: Record<string, string> = {
  PERSON: "names",
  EMAIL: "e-mail addresses",
  URL: "links",
  PHONE: "phone numbers",
  CARD: "card numbers",
  IBAN: "bank accounts (IBAN)",
  IP: "IP addresses",
  ID: "ID numbers",
  DATE: "dates of birth",
  ADDRESS: "street addresses",
  TOKEN: "placeholder-like snippets",
};

/** A textarea, a button, and the scrubbed text with a plain-English summary of what was hidden. */
export function RedactPreview({ initial }: RedactPreviewProps) {
  const [text, setText] = useState(initial ?? "");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/scrub", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text }),
      });
      const body = await res.json();
      if (!res.ok) {
        setPreview(null);
        setError(body?.error?.message ?? `The controller answered ${res.status}`);
      } else setPreview({ text: body.text, entities: body.entities });
    } catch (err) {
      setError(`Cannot reach the controller: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const summary = preview && Object.entries(preview.entities).length > 0
    ? "Hidden before leaving: " +
      Object.entries(preview.entities).map(([t, n]) => `${n} ${LABELS[t] ?? t.toLowerCase()}`)
        .join(", ") +
      "."
    : "Nothing was hidden: this text would leave exactly as written.";

  return (
    <section class="panel" data-testid="redact-preview">
      <label for="redact-input">Text to check</label>
      <textarea
        id="redact-input"
        rows={10}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <p>
        <button type="button" onClick={run} disabled={busy || text.trim() === ""}>
          {busy ? "Checking…" : "Show what would leave"}
        </button>
      </p>
      {error && <p class="error" role="alert">{error}</p>}
      {preview && (
        <>
          <p data-testid="redact-summary">{summary}</p>
          <h2>What a cloud model would see</h2>
          <pre data-testid="redact-output">{preview.text}</pre>
        </>
      )}
    </section>
  );
}
