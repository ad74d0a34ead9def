import { useState } from "preact/hooks";
import type { HostCheck } from "../lib/settings/mod.ts";
import { sendJson } from "./_api.ts";

/** Props: one Spark, and whether the controller already found its identity changed. */
export interface SettingsChecksProps extends Record<string, unknown> {
  hostId: string;
  label: string;
  /** Set when the runner refused the host because its key changed. */
  blockedMessage: string | null;
}

/** "Test connection" for one Spark: reachability, host-key trust, key login, services. */
export function SettingsChecks({ hostId, label, blockedMessage }: SettingsChecksProps) {
  const [check, setCheck] = useState<HostCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const test = async () => {
    setBusy(true);
    setError(null);
    try {
      setCheck(await sendJson<HostCheck>("POST", `/api/hosts/${hostId}/test`, {}));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const trust = async (retrust: boolean) => {
    if (!check?.presentedFingerprint) return;
    const question = retrust
      ? `${label}'s identity has CHANGED since you trusted it.\n\nOnly continue if you know why ` +
        "(for example, the Spark was reinstalled). If you are not sure, press Cancel and ask for help.\n\n" +
        `Trust the new identity ${check.presentedFingerprint}?`
      : `Trust ${label}? It identifies itself as:\n${check.presentedFingerprint}\n\n` +
        "The controller will only talk to a Spark with exactly this identity.";
    if (!confirm(question)) return;
    setBusy(true);
    try {
      await sendJson("POST", `/api/hosts/${hostId}/trust`, {
        fingerprint: check.presentedFingerprint,
        retrust,
      });
      setNote(`${label} is trusted.`);
      setBusy(false);
      await test();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };

  return (
    <div class="host-check" data-testid={`check-${hostId}`}>
      {blockedMessage && !check && <p class="warning-line" role="alert">{blockedMessage}</p>}
      <button type="button" onClick={test} disabled={busy}>
        {busy ? "Testing…" : "Test connection"}
      </button>
      {error && <p class="error" role="alert">{error}</p>}
      {note && <p role="status">{note}</p>}
      {check && (
        <div class="check-result">
          <p
            class={check.trust === "changed" ? "warning-line" : "summary"}
            data-testid="check-summary"
          >
            {check.summary}
          </p>
          <dl class="facts">
            <dt>Reachable</dt>
            <dd>{check.reachable ? "Yes" : "No"}</dd>
            {check.presentedFingerprint && (
              <>
                <dt>Identity</dt>
                <dd>
                  <code data-testid="presented-fingerprint">{check.presentedFingerprint}</code>
                </dd>
              </>
            )}
            {check.trust === "changed" && (
              <>
                <dt>Trusted before</dt>
                <dd>
                  <code>{check.pinnedFingerprint}</code>
                </dd>
              </>
            )}
            {check.login && (
              <>
                <dt>Key login</dt>
                <dd>{check.login.ok ? "Works" : check.login.message}</dd>
              </>
            )}
            {check.services.map((s) => (
              <>
                <dt>{s.kind} :{s.port}</dt>
                <dd>{s.answers ? "Answers" : `No answer (${s.detail})`}</dd>
              </>
            ))}
          </dl>
          {check.trust === "not-trusted-yet" && (
            <button
              type="button"
              class="primary"
              onClick={() => trust(false)}
              disabled={busy}
            >
              Trust
            </button>
          )}
          {check.trust === "changed" && (
            <button
              type="button"
              class="danger"
              onClick={() => trust(true)}
              disabled={busy}
            >
              Re-trust
            </button>
          )}
        </div>
      )}
    </div>
  );
}
