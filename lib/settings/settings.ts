/**
 * The settings page's model: what the owner may edit (hosts, services,
 * the matrix-bridge bot, API tokens, dashboard password), how an edit turns
 * into a new Config, and the plain-English list of changes shown before
 * saving. Secrets never leave: the view says how many tokens exist and
 * whether a password is set, never their values.
 */
import { z } from "zod";
import { Address, Config, describeIssues, HOST_ID_REGEXP, SERVICE_KINDS } from "../config/mod.ts";
import { validateContainerName, validateGitBranch, validateUserName } from "../cluster/mod.ts";
import { validateRepoDir } from "../matrix_bridge/mod.ts";
import { hashPassword } from "../http/sessions.ts";

/** A problem with one field, for the form and the 400's `details`. */
export interface FieldProblem {
  /** Dotted path, e.g. `hosts.0.address`. */
  path: string;
  message: string;
}

const userField = z.string().trim().refine(
  (v) => v === "" || /^[a-z_][a-z0-9_-]{0,31}$/.test(v),
  "a Spark user name uses lower-case letters, digits, '_' and '-', starting with a letter (e.g. spark)",
);

/** Runs a shell-name validator as a zod refinement, keeping its plain message. */
function shellName(check: (v: unknown) => string) {
  return z.string().trim().superRefine((v, ctx) => {
    try {
      check(v);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: (err as Error).message });
    }
  });
}

/** One service row of a host. */
export const ServiceInput = z.object({
  kind: z.enum(SERVICE_KINDS, "pick one of: " + SERVICE_KINDS.join(", ")),
  port: z.number({ error: "a port is a whole number from 1 to 65535" }).int().min(
    1,
    "a port is a whole number from 1 to 65535",
  ).max(65535, "a port is a whole number from 1 to 65535").nullable().default(null),
  container: z.string().regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,
    "a container name uses letters, digits, dots, dashes and underscores",
  ).optional(),
}).strict();

/** One host as the settings form edits it (the pinned key is changed only by trusting). */
export const HostInput = z.object({
  id: z.string().regex(HOST_ID_REGEXP, "use lower-case letters, digits and dashes, e.g. spark1"),
  label: z.string().trim().min(1, "give this Spark a name, e.g. Spark 1").max(
    40,
    "keep the name under 40 characters",
  ),
  address: Address,
  sshPort: z.number({ error: "the SSH port is a whole number from 1 to 65535 (usually 22)" }).int()
    .min(1, "the SSH port is a whole number from 1 to 65535 (usually 22)").max(
      65535,
      "the SSH port is a whole number from 1 to 65535 (usually 22)",
    ),
  sshUser: userField,
  role: z.enum(["head", "worker"]).optional(),
  services: z.array(ServiceInput).max(16),
}).strict();

/** The body of `PUT /api/settings` (and what the form posts, after parsing). */
export const SettingsInput = z.object({
  hosts: z.array(HostInput).min(1, "keep at least one Spark").max(16),
  matrixBridge: z.object({
    user: z.string().trim().superRefine((v, ctx) => {
      if (v === "") return;
      try {
        validateUserName(v);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
      }
    }),
    hostId: z.string().regex(HOST_ID_REGEXP, "pick one of your Sparks"),
    container: shellName(validateContainerName),
    repoDir: shellName(validateRepoDir),
    branch: shellName(validateGitBranch),
  }).strict(),
  auth: z.object({
    /** New tokens replace the old ones; absent keeps them; `[]` turns tokens off. */
    apiTokens: z.array(
      z.string().trim().min(16, "an API token must be at least 16 characters long").max(512),
    ).max(64).optional(),
    /** A new dashboard password; absent or blank keeps the current one. */
    dashboardPassword: z.string().max(1024).optional(),
    /** True turns the dashboard password off. */
    dashboardPasswordOff: z.boolean().optional(),
  }).strict().optional(),
}).strict();
/** The body of `PUT /api/settings`. */
export type SettingsInput = z.infer<typeof SettingsInput>;

/** What `GET /api/settings` shows: the editable parts, no secrets. */
export interface SettingsView {
  hosts: SettingsInput["hosts"];
  matrixBridge: SettingsInput["matrixBridge"];
  auth: { apiTokenCount: number; dashboardPasswordSet: boolean };
  /** Pinned host keys by host id (read-only here; changed by trusting). */
  hostKeys: Record<string, string | null>;
}

/** The settings view of a config. */
export function settingsView(config: Config): SettingsView {
  return {
    hosts: config.hosts.map((h) => ({
      id: h.id,
      label: h.label,
      address: h.address,
      sshPort: h.sshPort,
      sshUser: h.sshUser,
      role: h.role,
      services: h.services.map((s) => ({ ...s })),
    })),
    matrixBridge: { ...config.matrixBridge },
    auth: {
      apiTokenCount: config.auth.apiTokens.length,
      dashboardPasswordSet: config.auth.dashboardPasswordHash !== null,
    },
    hostKeys: Object.fromEntries(config.hosts.map((h) => [h.id, h.hostKeyFingerprint])),
  };
}

/** The outcome of {@link applySettings}. */
export type Applied =
  | { ok: true; config: Config; changes: string[] }
  | { ok: false; problems: FieldProblem[] };

/**
 * Builds the next Config from the current one and an edit. A host whose
 * address or SSH port changed loses its pinned key: it is a new first
 * contact, and the owner confirms the new fingerprint.
 */
export function applySettings(current: Config, raw: unknown): Applied {
  const parsed = SettingsInput.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error).map(toProblem) };
  const input = parsed.data;
  const next = structuredClone(current);
  next.hosts = input.hosts.map((h) => {
    const old = current.hosts.find((o) => o.id === h.id);
    const sameEndpoint = old && old.address === h.address && old.sshPort === h.sshPort;
    return {
      id: h.id,
      label: h.label,
      address: h.address,
      sshPort: h.sshPort,
      sshUser: h.sshUser,
      role: h.role ?? old?.role ?? "worker",
      hostKeyFingerprint: sameEndpoint ? old.hostKeyFingerprint : null,
      services: h.services.map((s) => ({ ...s, port: s.kind === "bot" ? null : s.port })),
    };
  });
  next.matrixBridge = { ...input.matrixBridge };
  if (
    input.matrixBridge.user !== "" && !next.hosts.some((h) => h.id === input.matrixBridge.hostId)
  ) {
    return {
      ok: false,
      problems: [{ path: "matrixBridge.hostId", message: "pick one of your Sparks for the bot" }],
    };
  }
  const auth = input.auth ?? {};
  if (auth.apiTokens !== undefined) next.auth.apiTokens = auth.apiTokens;
  if (auth.dashboardPasswordOff) next.auth.dashboardPasswordHash = null;
  else if (auth.dashboardPassword && auth.dashboardPassword !== "") {
    if (auth.dashboardPassword.length < 8) {
      return {
        ok: false,
        problems: [{ path: "auth.dashboardPassword", message: "use at least 8 characters" }],
      };
    }
    next.auth.dashboardPasswordHash = hashPassword(auth.dashboardPassword);
  }
  const valid = Config.safeParse(next);
  if (!valid.success) return { ok: false, problems: describeIssues(valid.error).map(toProblem) };
  return { ok: true, config: valid.data, changes: describeChanges(current, valid.data) };
}

function toProblem(p: { field: string; message: string }): FieldProblem {
  return { path: p.field, message: p.message };
}

/** The differences between two configs, as sentences the owner can check before saving. */
export function describeChanges(prev: Config, next: Config): string[] {
  const out: string[] = [];
  for (const h of next.hosts) {
    const o = prev.hosts.find((x) => x.id === h.id);
    if (!o) {
      out.push(`Add ${h.label} at ${h.address || "(no address yet)"}.`);
      continue;
    }
    const name = o.label;
    if (o.label !== h.label) out.push(`Rename ${o.label} to ${h.label}.`);
    if (o.address !== h.address) {
      out.push(
        `Change ${name}'s address from ${o.address || "(none)"} to ${h.address || "(none)"}.`,
      );
    }
    if (o.sshPort !== h.sshPort) {
      out.push(`Change ${name}'s SSH port from ${o.sshPort} to ${h.sshPort}.`);
    }
    if (o.sshUser !== h.sshUser) {
      out.push(
        `Log in to ${name} as "${h.sshUser || "(nobody)"}" instead of "${
          o.sshUser || "(nobody)"
        }".`,
      );
    }
    if (o.hostKeyFingerprint && !h.hostKeyFingerprint) {
      out.push(
        `Forget ${name}'s trusted identity (its address changed); you will confirm the new one.`,
      );
    }
    const svc = (l: typeof h.services) =>
      l.map((s) => `${s.kind}${s.port ? `:${s.port}` : ""}`).join(", ");
    if (svc(o.services) !== svc(h.services)) {
      out.push(`Set ${name}'s services to: ${svc(h.services) || "none"}.`);
    }
  }
  for (const o of prev.hosts) {
    if (!next.hosts.some((h) => h.id === o.id)) out.push(`Remove ${o.label}.`);
  }
  const pb = prev.matrixBridge;
  const nb = next.matrixBridge;
  if (pb.user !== nb.user) {
    out.push(
      nb.user === ""
        ? "Turn the matrix-bridge bot tile off."
        : `Manage the matrix-bridge bot as user "${nb.user}".`,
    );
  }
  for (
    const [key, words] of [
      ["container", "container"],
      ["repoDir", "folder"],
      ["branch", "branch"],
      ["hostId", "Spark"],
    ] as const
  ) {
    if (pb[key] !== nb[key]) {
      out.push(`Change the bot's ${words} from "${pb[key]}" to "${nb[key]}".`);
    }
  }
  if (JSON.stringify(prev.auth.apiTokens) !== JSON.stringify(next.auth.apiTokens)) {
    out.push(
      next.auth.apiTokens.length === 0
        ? "Turn API tokens off (apps on your network will not need a token)."
        : `Replace the API tokens (${next.auth.apiTokens.length} token${
          next.auth.apiTokens.length === 1 ? "" : "s"
        }).`,
    );
  }
  if (prev.auth.dashboardPasswordHash !== next.auth.dashboardPasswordHash) {
    out.push(
      next.auth.dashboardPasswordHash === null
        ? "Turn the dashboard password off (anyone on your network can open the dashboard)."
        : prev.auth.dashboardPasswordHash === null
        ? "Turn the dashboard password on."
        : "Change the dashboard password.",
    );
  }
  return out;
}
