/**
 * The official `openai` npm client against the controller, unchanged: the
 * promise of the LAN API is that SDKs pointed at `http://<controller>/v1` work.
 */
import { equal, match, ok, rejects } from "node:assert/strict";
import OpenAI, { APIError } from "openai";
import { gatewayEnv, MODEL, until } from "./_gateway_env.ts";

function client(url: string, opts: { maxRetries?: number } = {}): OpenAI {
  return new OpenAI({ baseURL: `${url}/v1`, apiKey: "unused-on-the-lan", ...opts });
}

Deno.test("OpenAI SDK: chat.completions.create() without streaming", async () => {
  await using env = await gatewayEnv();
  const answer = await client(env.url).chat.completions.create({
    model: MODEL,
    messages: [{ role: "user", content: "Say hello to Bob" }],
  });
  equal(answer.object, "chat.completion");
  equal(answer.model, MODEL);
  ok((answer.choices[0].message.content ?? "").length > 0);
  const message = answer.choices[0].message as unknown as Record<string, unknown>;
  equal(message.reasoning_content, message.reasoning);
});

Deno.test("OpenAI SDK: chat.completions.create() with streaming", async () => {
  await using env = await gatewayEnv();
  const stream = await client(env.url).chat.completions.create({
    model: MODEL,
    messages: [{ role: "user", content: "Stream to Alice" }],
    stream: true,
    stream_options: { include_usage: true },
  });
  let content = "";
  let finish: string | null = null;
  let usage = false;
  for await (const chunk of stream) {
    content += chunk.choices[0]?.delta?.content ?? "";
    finish = chunk.choices[0]?.finish_reason ?? finish;
    usage ||= chunk.usage !== null && chunk.usage !== undefined;
  }
  ok(content.length > 0);
  equal(finish, "stop");
  ok(usage, "the usage chunk made it through");
});

Deno.test("OpenAI SDK: a mid-stream vLLM error surfaces as an APIError", async () => {
  await using env = await gatewayEnv();
  env.vllm.settings.midStreamErrorAfter = 2;
  const stream = await client(env.url).chat.completions.create({
    model: MODEL,
    messages: [{ role: "user", content: "break please" }],
    stream: true,
  });
  await rejects(async () => {
    for await (const _ of stream) { /* drain */ }
  }, APIError);
});

Deno.test("OpenAI SDK: embeddings.create() decodes the default base64 encoding", async () => {
  await using env = await gatewayEnv();
  const res = await client(env.url).embeddings.create({
    model: "BAAI/bge-m3",
    input: ["the spark hums", "a quiet fan"],
  });
  equal(res.data.length, 2);
  equal(res.data[0].embedding.length, 1024);
  const norm = Math.hypot(...res.data[0].embedding);
  ok(Math.abs(norm - 1) < 1e-3, `unit length, got ${norm}`);
  const floats = await client(env.url).embeddings.create({
    model: "BAAI/bge-m3",
    input: "the spark hums",
    encoding_format: "float",
  });
  ok(Math.abs(floats.data[0].embedding[0] - res.data[0].embedding[0]) < 1e-6);
});

Deno.test("OpenAI SDK: audio.speech.create() returns Kokoro's audio", async () => {
  await using env = await gatewayEnv();
  const res = await client(env.url).audio.speech.create({
    model: "kokoro",
    voice: "af_heart",
    input: "Hello from the controller.",
    response_format: "pcm",
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  // 26 characters at 50 ms each, 24 kHz 16-bit mono.
  equal(bytes.byteLength, 26 * 1_200 * 2);
});

Deno.test("OpenAI SDK: a full queue raises a 503 APIError with Retry-After", async () => {
  await using env = await gatewayEnv({
    vllm: { tokenDelayMs: 5 },
    configure: (c) => (c.gateway.queues.vllm = { concurrency: 1, queue: 0 }),
  });
  const sdk = client(env.url, { maxRetries: 0 });
  const ctrl = new AbortController();
  const first = await sdk.chat.completions.create({
    model: MODEL,
    messages: [{ role: "user", content: "long" }],
    stream: true,
    max_tokens: 5000,
  }, { signal: ctrl.signal });
  const queue = env.deps.gateway.admissions.get("vllm");
  await until(() => queue.stats().inFlight === 1, "the first chat to hold the slot");
  const err = await sdk.chat.completions.create({
    model: MODEL,
    messages: [{ role: "user", content: "second" }],
  }).then(() => null, (e) => e);
  ok(err instanceof APIError);
  equal(err.status, 503);
  match(err.headers?.get("retry-after") ?? "", /^\d+$/);
  ctrl.abort();
  await first.controller.abort();
  await until(() => queue.stats().inFlight === 0, "the slot to be released");
});
