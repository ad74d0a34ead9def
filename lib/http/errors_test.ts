import { equal } from "node:assert/strict";
import { HTTPException } from "hono/http-exception";
import { BusyError, InvalidInputError, RedactionError, UpstreamError } from "../errors.ts";
import { openAiEnvelope, openAiType, toErrorShape } from "./errors.ts";

Deno.test("toErrorShape() maps the domain errors to the statuses of the one table", () => {
  equal(toErrorShape(new InvalidInputError("bad")).status, 400);
  equal(toErrorShape(new BusyError("busy", { retryAfterS: 60 })).status, 503);
  equal(toErrorShape(new UpstreamError("vllm", "down")).status, 502);
  equal(toErrorShape(new UpstreamError("vllm", "slow", { timeout: true })).status, 504);
  equal(toErrorShape(new UpstreamError("vllm", "bad model", { passStatus: 404 })).status, 404);
  equal(toErrorShape(new RedactionError("leak")).status, 500);
  equal(toErrorShape(new HTTPException(405, { message: "no" })).status, 405);
  equal(toErrorShape(new Error("secret detail")).message, "Internal error in the controller");
});

Deno.test("toErrorShape() names the upstream that failed and keeps Retry-After", () => {
  const shape = toErrorShape(
    new BusyError("parakeet is wedged", { retryAfterS: 60, source: "upstream:asr" }),
  );
  equal(shape.retryAfterS, 60);
  equal(shape.source, "upstream:asr");
  equal(toErrorShape(new UpstreamError("tts", "x")).source, "upstream:tts");
});

Deno.test("openAiEnvelope() has the fields the OpenAI SDKs read", () => {
  const body = openAiEnvelope(toErrorShape(new UpstreamError("vllm", "down"))) as {
    error: Record<string, unknown>;
  };
  equal(body.error.type, "server_error");
  equal(body.error.code, "bad_gateway");
  equal(body.error.param, null);
  equal(body.error.source, "upstream:vllm");
  equal(openAiType(401), "authentication_error");
  equal(openAiType(429), "rate_limit_error");
  equal(openAiType(422), "invalid_request_error");
});
