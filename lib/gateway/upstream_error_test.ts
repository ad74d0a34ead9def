import { equal, ok } from "node:assert/strict";
import { BusyError, UpstreamError } from "../errors.ts";
import { upstreamFailure, upstreamMessage } from "./upstream_error.ts";

Deno.test("upstreamMessage() reads every upstream error shape", () => {
  const cases: [unknown, string][] = [
    [{ error: { message: "bad model", type: "NotFoundError", code: 404 } }, "bad model"],
    [{ object: "error", message: "flat one", type: "BadRequestError" }, "flat one"],
    [
      { detail: { error: "validation_error", message: "Voice not found", type: "x" } },
      "Voice not found",
    ],
    [{
      detail: [{ loc: ["body", "speed"], msg: "too fast", type: "v" }, {
        loc: ["body", "input"],
        msg: "missing",
      }],
    }, "speed: too fast; input: missing"],
    [{ detail: "Not Found" }, "Not Found"],
    [
      { status: { error: "Not found: Collection `x` doesn't exist!" }, time: 0.1 },
      "Not found: Collection `x` doesn't exist!",
    ],
  ];
  for (const [body, want] of cases) equal(upstreamMessage(JSON.stringify(body)), want);
});

Deno.test("upstreamMessage() never passes raw text or HTML on", () => {
  equal(upstreamMessage("<html>Internal Server Error</html>"), null);
  equal(upstreamMessage('"just a string"'), null);
  equal(upstreamMessage(JSON.stringify({ foo: 1 })), null);
});

Deno.test("upstreamMessage() clips long messages", () => {
  const long = upstreamMessage(JSON.stringify({ error: { message: "x".repeat(2000) } }))!;
  ok(long.length <= 501);
});

Deno.test("upstreamFailure() keeps 4xx, makes 503 retryable and other 5xx a 502", () => {
  const e400 = upstreamFailure("vllm", 400, "{}", null) as UpstreamError;
  equal(e400.passStatus, 400);
  equal(e400.message, "vllm answered HTTP 400");
  const busy = upstreamFailure("asr", 503, "{}", "7") as BusyError;
  ok(busy instanceof BusyError);
  equal(busy.retryAfterS, 7);
  equal(busy.source, "upstream:asr");
  const e500 = upstreamFailure("tts", 500, "{}", null) as UpstreamError;
  equal(e500.passStatus, undefined);
  equal(e500.timeout, false);
  equal((upstreamFailure("tts", 504, "", null) as UpstreamError).timeout, true);
});
