import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Deps } from "../../lib/deps.ts";
import { InvalidInputError } from "../../lib/errors.ts";
import { validate } from "../../lib/http/validation.ts";
import { applySettings, SettingsInput, settingsView } from "../../lib/settings/mod.ts";

/** `/api/settings`: read and save the owner's settings (no secrets are ever returned). */
export function settingsApi(deps: Deps): Hono {
  const app = new Hono();

  app.get(
    "/",
    describeRoute({
      tags: ["settings"],
      summary: "Hosts, services, the bot and auth (no secrets)",
    }),
    (c) => c.json(settingsView(deps.config.get())),
  );

  app.put(
    "/",
    describeRoute({
      tags: ["settings"],
      summary: "Validate and save settings atomically; they apply without a restart",
    }),
    validate("json", SettingsInput),
    async (c) => {
      const applied = applySettings(deps.config.get(), c.req.valid("json"));
      if (!applied.ok) {
        const first = applied.problems[0];
        throw new InvalidInputError(`${first.path ? `${first.path}: ` : ""}${first.message}`, {
          param: first.path,
          details: applied.problems,
        });
      }
      await deps.config.update(applied.config);
      deps.log.info("settings saved", { changes: applied.changes.length });
      return c.json({ ...settingsView(deps.config.get()), changes: applied.changes });
    },
  );

  return app;
}
