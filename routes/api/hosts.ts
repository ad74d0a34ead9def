import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { z } from "zod";
import type { Deps } from "../../lib/deps.ts";
import { FINGERPRINT_REGEXP, HOST_ID_REGEXP } from "../../lib/config/mod.ts";
import { authorizeKeyCommand } from "../../lib/keys/mod.ts";
import { validate } from "../../lib/http/validation.ts";
import {
  checkHost,
  findHost,
  HostInput,
  installKeyOnHost,
  trustHost,
} from "../../lib/settings/mod.ts";

const HostParam = z.object({ id: z.string().regex(HOST_ID_REGEXP, "not a host id") });
const TestBody = HostInput.pick({ address: true, sshPort: true, sshUser: true }).partial().strict();
const TrustBody = z.object({
  fingerprint: z.string().regex(
    FINGERPRINT_REGEXP,
    "a fingerprint looks like SHA256: followed by 43 characters",
  ),
  /** Required to replace a different trusted key: re-trusting is deliberate. */
  retrust: z.boolean().optional(),
}).strict();
const InstallKeyBody = z.object({
  /** The Spark's password: used for one login, never stored or logged. */
  password: z.string().min(1, "type the Spark's password").max(1024),
  /** Install for this user instead of the host's login user (e.g. the bot's user). */
  user: z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/, "not a valid user name").optional(),
}).strict();

/** Host checks and trust for the settings page, mounted at `/api/hosts`. */
export function hostsApi(deps: Deps): Hono {
  const app = new Hono();

  app.post(
    "/:id/test",
    describeRoute({
      tags: ["settings"],
      summary:
        "Test connection: reachability, presented host key, key login, which services answer",
    }),
    validate("param", HostParam),
    validate("json", TestBody),
    async (c) => {
      const host = findHost(deps.config.get(), c.req.valid("param").id);
      const check = await checkHost(host, c.req.valid("json"), {
        ssh: deps.sshCheck,
        fetch: deps.fetch,
        clock: deps.clock,
      });
      return c.json({ ...check, connection: deps.runner.state(host.id) });
    },
  );

  app.post(
    "/:id/trust",
    describeRoute({
      tags: ["settings"],
      summary: "Trust (pin) the host key the Spark presents now; `retrust` replaces a changed one",
    }),
    validate("param", HostParam),
    validate("json", TrustBody),
    async (c) => {
      const id = c.req.valid("param").id;
      const next = await trustHost(deps.config.get(), id, c.req.valid("json"), deps.sshCheck);
      await deps.config.update(next);
      deps.log.info("host key trusted", { hostId: id });
      return c.json({
        hostId: id,
        fingerprint: findHost(deps.config.get(), id).hostKeyFingerprint,
      });
    },
  );

  app.post(
    "/:id/install-key",
    describeRoute({
      tags: ["settings"],
      summary:
        "Add the controller's public key on the Spark using its password once (never stored)",
    }),
    validate("param", HostParam),
    validate("json", InstallKeyBody),
    async (c) => {
      const id = c.req.valid("param").id;
      const { publicKey } = await deps.keys.publicKey();
      const result = await installKeyOnHost(
        deps.config.get(),
        id,
        c.req.valid("json"),
        publicKey,
        deps.sshCheck,
      );
      // The password is not logged; only that a key was installed, and for whom.
      deps.log.info("controller key installed", { hostId: id, user: result.user });
      return c.json({ hostId: id, ...result });
    },
  );

  return app;
}

/** `/api/ssh-key`: the controller's public key and the line to paste on a Spark. */
export function sshKeyApi(deps: Deps): Hono {
  const app = new Hono();
  app.get(
    "/",
    describeRoute({
      tags: ["settings"],
      summary: "The controller's public SSH key (never the private one)",
    }),
    async (c) => {
      const info = await deps.keys.publicKey();
      return c.json({
        publicKey: info.publicKey,
        fingerprint: info.fingerprint,
        command: authorizeKeyCommand(info.publicKey),
      });
    },
  );
  return app;
}
