import { Hono } from "hono";
import type { Context } from "hono";
import { describeRoute } from "hono-openapi";
import type { Deps } from "../lib/deps.ts";
import { SERVICE_KINDS } from "../lib/config/mod.ts";
import { describeFailure } from "../lib/cluster/mod.ts";
import { authorizeKeyCommand } from "../lib/keys/mod.ts";
import { Island } from "../lib/http/island.tsx";
import { renderPage } from "../lib/http/render.tsx";
import {
  applySettings,
  type FieldProblem,
  type SettingsView,
  settingsView,
} from "../lib/settings/mod.ts";
import { SettingsChecks } from "../islands/SettingsChecks.tsx";
import { SshKeyPanel } from "../islands/SshKeyPanel.tsx";
import { KeyCopy } from "../islands/KeyCopy.tsx";
import { Layout } from "./_layout.tsx";

/** Form values as posted: the settings shape plus the auth fields, all as entered. */
type FormValues = SettingsView["hosts"] extends infer H ? {
    hosts: H;
    matrixBridge: SettingsView["matrixBridge"];
    auth: {
      apiTokens: string;
      removeTokens: boolean;
      dashboardPassword: string;
      dashboardPasswordOff: boolean;
    };
  }
  : never;

/** `/settings`: the server-rendered settings form, its review step, and live checks. */
export function settingsPage(deps: Deps): Hono {
  const app = new Hono();

  app.get(
    "/settings",
    describeRoute({ tags: ["pages"], summary: "Settings", hide: true }),
    async (c) => {
      const view = settingsView(deps.config.get());
      const values: FormValues = {
        hosts: view.hosts,
        matrixBridge: view.matrixBridge,
        auth: {
          apiTokens: "",
          removeTokens: false,
          dashboardPassword: "",
          dashboardPasswordOff: false,
        },
      };
      return await page(
        c,
        deps,
        values,
        [],
        c.req.query("saved") === "1" ? "Saved. The new settings are in use." : null,
      );
    },
  );

  app.post(
    "/settings",
    describeRoute({ tags: ["pages"], summary: "Save settings (form)", hide: true }),
    async (c) => {
      const form = await c.req.parseBody();
      const values = parseForm(form);
      const input = toInput(values);
      const applied = applySettings(deps.config.get(), input);
      c.header("Cache-Control", "no-store");
      if (!applied.ok) return await page(c, deps, values, applied.problems, null, 400);
      if (form.confirm !== "yes") return review(c, form, applied.changes);
      await deps.config.update(applied.config);
      deps.log.info("settings saved", { changes: applied.changes.length });
      return c.redirect("/settings?saved=1", 303);
    },
  );

  return app;
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** Numbers stay strings when not numeric, so zod's message ("a whole number…") is shown. */
function num(v: unknown): unknown {
  const s = str(v).trim();
  if (s === "") return null;
  return /^\d+$/.test(s) ? Number(s) : s;
}

/** Turns `hosts.0.services.1.port`-style form fields into the values object. */
export function parseForm(form: Record<string, unknown>): FormValues {
  const hosts: FormValues["hosts"] = [];
  for (const [key, raw] of Object.entries(form)) {
    const m = /^hosts\.(\d{1,2})\.(id|label|address|sshPort|sshUser|role)$/.exec(key);
    if (m) {
      const h =
        (hosts[Number(m[1])] ??= { services: [] } as unknown as FormValues["hosts"][number]);
      (h as Record<string, unknown>)[m[2]] = m[2] === "sshPort" ? num(raw) : str(raw).trim();
      continue;
    }
    const s = /^hosts\.(\d{1,2})\.services\.(\d{1,2})\.(kind|port|container)$/.exec(key);
    if (s) {
      const h =
        (hosts[Number(s[1])] ??= { services: [] } as unknown as FormValues["hosts"][number]);
      const svc =
        (h.services[Number(s[2])] ??= {} as FormValues["hosts"][number]["services"][number]);
      (svc as Record<string, unknown>)[s[3]] = s[3] === "port" ? num(raw) : str(raw).trim();
    }
  }
  for (const h of hosts) {
    // Rows left blank (kind "none") are removed services.
    h.services = h.services.filter((s) => s && str(s.kind) !== "" && str(s.kind) !== "none");
    for (const s of h.services) if (!s.container) delete s.container;
  }
  return {
    hosts: hosts.filter(Boolean),
    matrixBridge: {
      user: str(form["matrixBridge.user"]).trim(),
      hostId: str(form["matrixBridge.hostId"]).trim(),
      container: str(form["matrixBridge.container"]).trim(),
      repoDir: str(form["matrixBridge.repoDir"]).trim(),
      branch: str(form["matrixBridge.branch"]).trim(),
    },
    auth: {
      apiTokens: str(form["auth.apiTokens"]),
      removeTokens: form["auth.removeTokens"] === "on",
      dashboardPassword: str(form["auth.dashboardPassword"]),
      dashboardPasswordOff: form["auth.dashboardPasswordOff"] === "on",
    },
  };
}

function toInput(v: FormValues): unknown {
  const tokens = v.auth.apiTokens.split(/\s+/).filter(Boolean);
  return {
    hosts: v.hosts,
    matrixBridge: v.matrixBridge,
    auth: {
      ...(v.auth.removeTokens ? { apiTokens: [] } : tokens.length > 0 ? { apiTokens: tokens } : {}),
      ...(v.auth.dashboardPassword ? { dashboardPassword: v.auth.dashboardPassword } : {}),
      ...(v.auth.dashboardPasswordOff ? { dashboardPasswordOff: true } : {}),
    },
  };
}

function FieldError({ problems, path }: { problems: FieldProblem[]; path: string }) {
  const mine = problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
  if (mine.length === 0) return null;
  return (
    <span class="error field-error" data-field={path}>{mine.map((p) => p.message).join("; ")}</span>
  );
}

async function page(
  c: Context,
  deps: Deps,
  values: FormValues,
  problems: FieldProblem[],
  notice: string | null,
  status: 200 | 400 = 200,
): Promise<Response> {
  const config = deps.config.get();
  const key = await deps.keys.publicKey().catch(() => null);
  const loose = problems.filter((p) =>
    !/^(hosts\.\d+\.(label|address|sshPort|sshUser|services)|matrixBridge\.\w+|auth\.\w+)/.test(
      p.path,
    )
  );
  return renderPage(c, Layout, {
    title: "Settings",
    status,
    body: (
      <>
        <div class="page-head">
          <h1>Settings</h1>
        </div>
        {notice && <p class="panel notice" role="status" data-testid="saved">{notice}</p>}
        {problems.length > 0 && (
          <p class="panel error" role="alert" data-testid="form-problems">
            Nothing was saved: please fix the fields marked below.
            {loose.map((p) => (
              <span class="field-error">{p.path ? `${p.path}: ` : ""}{p.message}</span>
            ))}
          </p>
        )}
        <form method="post" action="/settings" class="settings-form" novalidate>
          <section class="panel" aria-labelledby="hosts-title">
            <h2 id="hosts-title">Your Sparks</h2>
            {values.hosts.map((h, i) => {
              const saved = config.hosts.find((x) => x.id === h.id);
              const state = saved ? deps.runner.state(saved.id) : null;
              const blocked =
                state?.state === "disconnected" && state.failure.kind === "host-key-changed"
                  ? `Warning: ${
                    describeFailure(state.failure)
                  }. The controller will not use this Spark until you re-trust it.`
                  : null;
              return (
                <fieldset class="host" data-testid={`host-${h.id}`}>
                  <legend>{h.label || h.id}</legend>
                  <input type="hidden" name={`hosts.${i}.id`} value={h.id} />
                  {h.role && <input type="hidden" name={`hosts.${i}.role`} value={h.role} />}
                  <label>
                    Name <input name={`hosts.${i}.label`} value={h.label} />
                    <FieldError problems={problems} path={`hosts.${i}.label`} />
                  </label>
                  <label>
                    IP address{" "}
                    <input name={`hosts.${i}.address`} value={h.address} placeholder="192.0.2.10" />
                    <FieldError problems={problems} path={`hosts.${i}.address`} />
                  </label>
                  <label>
                    SSH port{" "}
                    <input
                      name={`hosts.${i}.sshPort`}
                      value={String(h.sshPort ?? "")}
                      inputmode="numeric"
                    />
                    <FieldError problems={problems} path={`hosts.${i}.sshPort`} />
                  </label>
                  <label>
                    User the controller logs in as{" "}
                    <input name={`hosts.${i}.sshUser`} value={h.sshUser} placeholder="spark" />
                    <FieldError problems={problems} path={`hosts.${i}.sshUser`} />
                  </label>
                  <table class="services">
                    <thead>
                      <tr>
                        <th>Service</th>
                        <th>Port</th>
                        <th>Container</th>
                      </tr>
                    </thead>
                    <tbody>
                      {[...h.services, { kind: "none", port: null }].map((s, j) => (
                        <tr>
                          <td>
                            <select name={`hosts.${i}.services.${j}.kind`}>
                              <option value="none" selected={s.kind === "none"}>(none)</option>
                              {SERVICE_KINDS.map((k) => (
                                <option value={k} selected={s.kind === k}>{k}</option>
                              ))}
                            </select>
                          </td>
                          <td>
                            <input
                              name={`hosts.${i}.services.${j}.port`}
                              value={s.port === null ? "" : String(s.port)}
                              size={6}
                            />
                            <FieldError problems={problems} path={`hosts.${i}.services.${j}`} />
                          </td>
                          <td>
                            <input
                              name={`hosts.${i}.services.${j}.container`}
                              value={"container" in s ? s.container ?? "" : ""}
                            />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <p class="muted">
                    Trusted identity: <code>{saved?.hostKeyFingerprint ?? "not yet"}</code>
                  </p>
                  {saved && (
                    <Island
                      name="SettingsChecks"
                      component={SettingsChecks}
                      props={{ hostId: saved.id, label: saved.label, blockedMessage: blocked }}
                    />
                  )}
                </fieldset>
              );
            })}
          </section>

          <section class="panel" aria-labelledby="bot-settings-title">
            <h2 id="bot-settings-title">Chat bridge bot (matrix-bridge)</h2>
            <p class="muted">
              Leave the user blank if you do not run the bot: its tile is then hidden.
            </p>
            <label>
              Spark user that owns the bot{" "}
              <input name="matrixBridge.user" value={values.matrixBridge.user} />
              <FieldError problems={problems} path="matrixBridge.user" />
            </label>
            <label>
              Runs on
              <select name="matrixBridge.hostId">
                {config.hosts.map((h) => (
                  <option value={h.id} selected={values.matrixBridge.hostId === h.id}>
                    {h.label}
                  </option>
                ))}
              </select>
              <FieldError problems={problems} path="matrixBridge.hostId" />
            </label>
            <label>
              Container name{" "}
              <input name="matrixBridge.container" value={values.matrixBridge.container} />
              <FieldError problems={problems} path="matrixBridge.container" />
            </label>
            <label>
              Folder of the bot's code{" "}
              <input name="matrixBridge.repoDir" value={values.matrixBridge.repoDir} />
              <FieldError problems={problems} path="matrixBridge.repoDir" />
            </label>
            <label>
              Branch <input name="matrixBridge.branch" value={values.matrixBridge.branch} />
              <FieldError problems={problems} path="matrixBridge.branch" />
            </label>
          </section>

          <section class="panel" aria-labelledby="access-title">
            <h2 id="access-title">Access</h2>
            <p>
              API tokens: {config.auth.apiTokens.length === 0
                ? "off (apps on your network need no token)."
                : `${config.auth.apiTokens.length} set.`}
            </p>
            <label>
              New API tokens, one per line (replace the current ones; leave blank to keep them)
              <textarea name="auth.apiTokens" rows={2} autocomplete="off">
                {values.auth.apiTokens}
              </textarea>
              <FieldError problems={problems} path="auth.apiTokens" />
            </label>
            <label>
              <input type="checkbox" name="auth.removeTokens" checked={values.auth.removeTokens} />
              {" "}
              Turn API tokens off
            </label>
            <p>Dashboard password: {config.auth.dashboardPasswordHash === null ? "off." : "on."}</p>
            <label>
              New dashboard password (leave blank to keep the current setting)
              <input type="password" name="auth.dashboardPassword" autocomplete="new-password" />
              <FieldError problems={problems} path="auth.dashboardPassword" />
            </label>
            <label>
              <input
                type="checkbox"
                name="auth.dashboardPasswordOff"
                checked={values.auth.dashboardPasswordOff}
              />{" "}
              Turn the dashboard password off
            </label>
          </section>
          <p>
            <button type="submit" class="primary">Review and save</button>
          </p>
        </form>

        {key && (
          <Island
            name="SshKeyPanel"
            component={SshKeyPanel}
            props={{
              publicKey: key.publicKey,
              fingerprint: key.fingerprint,
              command: authorizeKeyCommand(key.publicKey),
            }}
          />
        )}
        <section class="panel" aria-labelledby="install-title">
          <h2 id="install-title">Install the key with a password</h2>
          <p class="muted">
            Trust the Spark first (Test connection, then Trust). The password goes only to that
            Spark and is not stored.
          </p>
          {config.hosts.map((h) => (
            <Island
              name="KeyCopy"
              component={KeyCopy}
              props={{ hostId: h.id, label: h.label, user: h.sshUser }}
            />
          ))}
        </section>
      </>
    ),
  });
}

/** The "are you sure?" step: the changes in plain English, and the same form to confirm. */
function review(c: Context, form: Record<string, unknown>, changes: string[]): Response {
  const fields = Object.entries(form).filter(([k, v]) =>
    k !== "confirm" && typeof v === "string"
  ) as [string, string][];
  return renderPage(c, Layout, {
    title: "Review settings",
    body: (
      <section class="panel" data-testid="review">
        <h1>Save these changes?</h1>
        {changes.length === 0
          ? <p>Nothing changes.</p>
          : <ul data-testid="changes">{changes.map((t) => <li key={t}>{t}</li>)}</ul>}
        <form method="post" action="/settings">
          {fields.map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" class="primary">Yes, save</button>{" "}
          <a class="button" href="/settings">No, go back</a>
        </form>
      </section>
    ),
  });
}
