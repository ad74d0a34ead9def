import { useState } from "preact/hooks";
import { sendJson } from "./_api.ts";

/** Props: which Spark, and for which user the key is installed. */
export interface KeyCopyProps extends Record<string, unknown> {
  hostId: string;
  label: string;
  user: string;
}

/** "Install key": the owner types the Spark's password once; it is sent once and forgotten. */
export function KeyCopy({ hostId, label, user }: KeyCopyProps) {
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const install = async (e: Event) => {
    e.preventDefault();
    if (!user) {
      setResult({ ok: false, text: "Enter and save the user name for this Spark first." });
      return;
    }
    const ok = confirm(
      `Add the controller's key to ${label} for the user "${user}"?\n\n` +
        "Your password is used once to log in and is not stored anywhere.",
    );
    if (!ok) return;
    setBusy(true);
    setResult(null);
    try {
      await sendJson("POST", `/api/hosts/${hostId}/install-key`, { password });
      setResult({ ok: true, text: `Done: ${label} now accepts the controller's key.` });
    } catch (err) {
      setResult({ ok: false, text: (err as Error).message });
    } finally {
      setPassword(""); // forget it in the page too
      setBusy(false);
    }
  };
  return (
    <form class="key-copy" onSubmit={install} data-testid={`key-copy-${hostId}`}>
      <label>
        {label}'s password for <strong>{user || "(no user yet)"}</strong>
        <input
          type="password"
          autocomplete="off"
          value={password}
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          required
        />
      </label>
      <button type="submit" disabled={busy || password === ""}>
        {busy ? "Installing…" : "Install key"}
      </button>
      {result && <p class={result.ok ? "ok-line" : "error"} role="status">{result.text}</p>}
    </form>
  );
}
