import { deepEqual, equal } from "node:assert/strict";
import { defaultConfig } from "../config/mod.ts";
import { followCommand, LOG_SOURCE_ID_REGEXP, logSources, LogStreamLimiter } from "./logs.ts";

function configured() {
  const c = defaultConfig();
  c.hosts.forEach((h, i) => {
    h.address = `192.0.2.${10 + i}`;
    h.sshUser = "spark";
  });
  return c;
}

Deno.test("logSources() lists vLLM on every host and each service with a container", () => {
  const ids = logSources(configured()).map((s) => `${s.id}=${s.container}`);
  deepEqual(ids, [
    "spark1.vllm=vllm_node",
    "spark2.vllm=vllm_node",
    "spark2.asr=parakeet-asr",
    "spark2.tts=kokoro",
    "spark2.embed=spark-embed",
    "spark2.qdrant=qdrant",
    "spark2.bot=matrix-bridge",
  ]);
  for (const s of logSources(configured())) equal(LOG_SOURCE_ID_REGEXP.test(s.id), true, s.id);
});

Deno.test("logSources() leaves out hosts without an address or user", () => {
  const c = configured();
  c.hosts[1].sshUser = "";
  deepEqual(logSources(c).map((s) => s.id), ["spark1.vllm"]);
  deepEqual(logSources(defaultConfig()), []);
});

Deno.test("followCommand() is an argv with the container as its own word", () => {
  deepEqual(followCommand("kokoro"), {
    argv: ["docker", "logs", "--follow", "--tail", "200", "kokoro"],
  });
});

Deno.test("LogStreamLimiter gives out at most max slots per host and takes them back", () => {
  const l = new LogStreamLimiter(2);
  const a = l.acquire("spark1");
  const b = l.acquire("spark1");
  equal(l.acquire("spark1"), null);
  equal(typeof l.acquire("spark2"), "function");
  a!();
  a!(); // releasing twice must not free two slots
  equal(typeof l.acquire("spark1"), "function");
  equal(l.acquire("spark1"), null);
  b!();
});
