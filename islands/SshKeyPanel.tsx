import { useState } from "preact/hooks";
import { copyText } from "./_api.ts";

/** Props: the controller's public key (never the private one) and the paste command. */
export interface SshKeyPanelProps extends Record<string, unknown> {
  publicKey: string;
  fingerprint: string;
  command: string;
}

/** The controller's public key with copy buttons, and the one line to paste on a Spark. */
export function SshKeyPanel({ publicKey, fingerprint, command }: SshKeyPanelProps) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (what: string, text: string) => {
    setCopied((await copyText(text)) ? what : "manual");
  };
  return (
    <section class="panel" aria-labelledby="ssh-key-title" data-testid="ssh-key">
      <h2 id="ssh-key-title">The controller's key</h2>
      <p>
        The controller logs in to your Sparks with its own key. Each Spark must know this public key
        once: use <strong>Install key</strong>{" "}
        below with the Spark's password, or paste the command on the Spark yourself.
      </p>
      <p class="muted">
        Fingerprint: <code>{fingerprint}</code>
      </p>
      <pre class="copy-box" data-testid="public-key">{publicKey}</pre>
      <button type="button" onClick={() => copy("key", publicKey)}>Copy public key</button>
      <h3>Or paste this on a Spark</h3>
      <p class="muted">
        Open a terminal on the Spark, logged in as the user the controller uses, and paste:
      </p>
      <pre class="copy-box" data-testid="paste-command">{command}</pre>
      <button type="button" onClick={() => copy("command", command)}>Copy command</button>
      {copied === "manual" && (
        <p class="error" role="status">
          The browser did not allow copying; select the text and copy it by hand.
        </p>
      )}
      {copied && copied !== "manual" && <p role="status">Copied.</p>}
    </section>
  );
}
