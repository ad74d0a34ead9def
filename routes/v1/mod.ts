import { Hono } from "hono";
import type { Deps } from "../../lib/deps.ts";
import { chatApi } from "./chat.ts";
import { embedApi } from "./embed.ts";
import { speechApi } from "./speech.ts";
import { audioApi } from "./audio.ts";
import { labelMergeApi } from "./label_merge.ts";

/** The OpenAI-compatible LAN API, mounted at `/v1`; errors use the OpenAI envelope. */
export function v1Api(deps: Deps): Hono {
  const app = new Hono();
  app.route("/", chatApi(deps));
  app.route("/audio", speechApi(deps));
  app.route("/audio", audioApi(deps));
  app.route("/", labelMergeApi(deps));
  app.route("/", embedApi(deps));
  return app;
}
