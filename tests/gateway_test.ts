import { deepEqual, equal, match, ok, rejects } from "node:assert/strict";
import { createApp } from "../app.ts";
import type { Deps } from "../lib/deps.ts";
import { FakeClock, fakeDeps, flushMicrotasks, recordingFetch } from "./fakes.ts";
import { closedPort, gatewayEnv, MODEL, pointAt, until } from "./_gateway_env.ts";

const chat = (extra: Record<string, unknown> = {}) => ({
  model: MODEL,
  messages: [{ role: "user", content: "hello there" }],
  ...extra,
});

function post(url: string, body: unknown, init: RequestInit = {}): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...init.headers },
    body: JSON.stringify(body),
    signal: init.signal,
  });
}

/** Reads an SSE body to the end and returns its `data:` payloads. */
async function sseData(res: Response): Promise<string[]> {
  const text = await res.text();
  return text.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6));
}

Deno.test("POST /v1/chat/completions answers with both reasoning field names", async () => {
  await using env = await gatewayEnv({ vllm: { reasoningField: "reasoning_content" } });
  const res = await post(`${env.url}/v1/chat/completions`, chat());
  equal(res.status, 200);
  match(res.headers.get("content-type") ?? "", /json/);
  const body = await res.json();
  const message = body.choices[0].message;
  ok(typeof message.reasoning_content === "string" && message.reasoning_content.length > 0);
  equal(message.reasoning, message.reasoning_content);
  ok(message.content.length > 0);
});

Deno.test("POST /v1/chat/completions streams SSE chunks with the reasoning twin", async () => {
  await using env = await gatewayEnv({ vllm: { reasoningField: "reasoning" } });
  const res = await post(`${env.url}/v1/chat/completions`, chat({ stream: true }));
  equal(res.status, 200);
  match(res.headers.get("content-type") ?? "", /text\/event-stream/);
  equal(res.headers.get("x-accel-buffering"), "no");
  const data = await sseData(res);
  equal(data.at(-1), "[DONE]");
  const deltas = data.slice(0, -1).map((d) => JSON.parse(d).choices[0]?.delta ?? {});
  const thinking = deltas.filter((d) => d.reasoning !== undefined);
  ok(thinking.length > 0, "the fake streams reasoning");
  for (const d of thinking) equal(d.reasoning_content, d.reasoning);
  ok(deltas.some((d) => typeof d.content === "string"));
  equal(env.deps.gateway.admissions.get("vllm").stats().inFlight, 0, "slot released");
});

Deno.test("a non-streamed answer whose reasoning is null passes byte for byte", async () => {
  // vLLM sends `"reasoning": null` on answers without reasoning; a null needs no twin.
  const nulls = '{"choices":[{"message":{"content":"hi", "reasoning": null}}], "t": 1.0}';
  const both =
    '{"choices":[{"message":{"content":"hi","reasoning":"r","reasoning_content":null}}]}';
  let answer = nulls;
  const deps = fakeDeps({
    fetch: recordingFetch(() =>
      new Response(answer, { headers: { "content-type": "application/json" } })
    ),
    configure: (c) => {
      c.hosts = pointAt({ vllm: 8888 });
    },
  });
  const app = createApp(deps);
  const ask = () =>
    app.request("/v1/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(chat()),
    });
  const res = await ask();
  equal(await res.text(), nulls);
  equal(res.headers.get("content-length"), String(nulls.length));
  answer = both;
  const message = (await (await ask()).json()).choices[0].message;
  equal(message.reasoning_content, "r", "a value still gets its twin");
  await deps.close();
});

Deno.test("POST /v1/completions passes a text completion through", async () => {
  await using env = await gatewayEnv();
  const res = await post(`${env.url}/v1/completions`, { model: MODEL, prompt: "Once" });
  equal(res.status, 200);
  const body = await res.json();
  equal(body.object, "text_completion");
  ok(body.choices[0].text.length > 0);
});

Deno.test("GET /v1/models lists vLLM's model", async () => {
  await using env = await gatewayEnv();
  const res = await fetch(`${env.url}/v1/models`);
  equal(res.status, 200);
  const body = await res.json();
  deepEqual(body.data.map((m: { id: string }) => m.id), [MODEL]);
});

Deno.test("a vLLM error keeps its status and message, in the envelope, marked upstream", async () => {
  await using env = await gatewayEnv();
  for (const profile of ["default", "flat-errors"]) {
    env.vllm.setProfile(profile);
    const res = await post(`${env.url}/v1/chat/completions`, chat({ model: "no/such-model" }));
    equal(res.status, 404, profile);
    const { error } = await res.json();
    equal(error.source, "upstream:vllm");
    match(error.message, /no\/such-model/);
    equal(error.type, "not_found_error");
  }
});

Deno.test("the client's bearer token and cookies never reach the upstream", async () => {
  const token = "t".repeat(32);
  await using env = await gatewayEnv({ configure: (c) => (c.auth.apiTokens = [token]) });
  const res = await post(`${env.url}/v1/chat/completions`, chat(), {
    headers: { authorization: `Bearer ${token}`, cookie: "sc_session=x", "x-request-id": "r-1" },
  });
  equal(res.status, 200);
  await res.body?.cancel();
  const seen = env.vllm.requests.at(-1)!.headers;
  equal(seen.authorization, undefined);
  equal(seen.cookie, undefined);
  equal(seen["x-request-id"], "r-1");
});

Deno.test("a client disconnect mid-stream aborts the upstream request", async () => {
  await using env = await gatewayEnv({ vllm: { tokenDelayMs: 5 } });
  const ctrl = new AbortController();
  const res = await post(
    `${env.url}/v1/chat/completions`,
    chat({ stream: true, max_tokens: 5000 }),
    { signal: ctrl.signal },
  );
  const reader = res.body!.getReader();
  const first = await reader.read();
  ok(!first.done);
  ctrl.abort();
  await reader.cancel().catch(() => {});
  await until(() => env.vllm.stats.aborted === 1, "the fake vLLM to see the abort");
  await until(
    () => env.deps.gateway.admissions.get("vllm").stats().inFlight === 0,
    "the slot to be released",
  );
});

Deno.test("a client that leaves a non-streamed chat aborts the upstream request", async () => {
  // Five thousand tokens at 5 ms each: the answer is far off when the client leaves.
  await using env = await gatewayEnv({ vllm: { tokenDelayMs: 5 } });
  const ctrl = new AbortController();
  const pending = post(`${env.url}/v1/chat/completions`, chat({ max_tokens: 5000 }), {
    signal: ctrl.signal,
  });
  await until(() => env.vllm.stats.completions === 1, "the chat to reach the fake vLLM");
  ctrl.abort();
  await rejects(pending);
  await until(() => env.vllm.stats.aborted === 1, "the fake vLLM to see the abort");
  await until(
    () => env.deps.gateway.admissions.get("vllm").stats().inFlight === 0,
    "the slot to be released",
  );
});

Deno.test("an upstream that refuses connections gets a clean 502 envelope", async () => {
  await using env = await gatewayEnv({
    configure: (c) => (c.hosts = pointAt({ vllm: closedPort() })),
  });
  const res = await post(`${env.url}/v1/chat/completions`, chat());
  equal(res.status, 502);
  const { error } = await res.json();
  equal(error.source, "upstream:vllm");
  equal(error.code, "bad_gateway");
  match(error.message, /refused/);
  equal(env.deps.gateway.admissions.get("vllm").stats().inFlight, 0);
});

Deno.test("an upstream that is not configured is a 503 from the controller", async () => {
  await using env = await gatewayEnv({ configure: (c) => (c.hosts = pointAt({})) });
  const res = await post(`${env.url}/v1/embeddings`, { input: "x" });
  equal(res.status, 503);
  const { error } = await res.json();
  equal(error.source, "controller");
  match(error.message, /No host runs the embed service/);
});

Deno.test("a public upstream address is refused before any request is sent", async () => {
  const deps = fakeDeps({
    fetch: () => Promise.reject(new Error("must not be called")),
    configure: (c) => {
      c.hosts = pointAt({ vllm: 8888 });
      c.hosts[0].address = "198.51.100.7";
    },
  });
  const res = await createApp(deps).request("/v1/models");
  equal(res.status, 503);
  const { error } = await res.json();
  match(error.message, /must be private/);
  await deps.close();
});

Deno.test("a 6 MB JSON body is refused with 413 in the OpenAI envelope", async () => {
  await using env = await gatewayEnv();
  const big = "x".repeat(6 * 1024 * 1024);
  const res = await post(
    `${env.url}/v1/chat/completions`,
    chat({ messages: [{ role: "user", content: big }] }),
  );
  equal(res.status, 413);
  const { error } = await res.json();
  equal(error.code, "payload_too_large");
  equal(env.vllm.requests.length, 0);
});

Deno.test("a bad chat body is a 400 from the controller, never forwarded", async () => {
  await using env = await gatewayEnv();
  const res = await post(`${env.url}/v1/chat/completions`, { model: MODEL, messages: [] });
  equal(res.status, 400);
  const { error } = await res.json();
  equal(error.source, "controller");
  equal(error.param, "messages");
  equal(env.vllm.requests.length, 0);
});

/** An in-process upstream whose answers the test releases one by one. */
function gatedUpstream() {
  const seen: string[] = [];
  const gates: (() => void)[] = [];
  const fetchFn = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body));
    seen.push(body.messages[0].content);
    await new Promise<void>((resolve) => gates.push(resolve));
    return new Response(JSON.stringify({ choices: [{ message: { content: "ok" } }] }), {
      headers: { "content-type": "application/json" },
    });
  }) as typeof fetch;
  return { seen, gates, fetch: fetchFn };
}

function queuedApp(clock: FakeClock, upstream: ReturnType<typeof gatedUpstream>): Deps {
  return fakeDeps({
    clock,
    fetch: upstream.fetch,
    configure: (c) => {
      c.hosts = pointAt({ vllm: 8888 });
      c.gateway.queues.vllm = { concurrency: 1, queue: 2 };
    },
  });
}

const ask = (app: ReturnType<typeof createApp>, content: string) =>
  app.request("/v1/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content }] }),
  });

Deno.test("the vLLM queue serves in FIFO order and answers 503 + Retry-After when full", async () => {
  const clock = new FakeClock();
  const upstream = gatedUpstream();
  const deps = queuedApp(clock, upstream);
  const app = createApp(deps);
  const queue = deps.gateway.admissions.get("vllm");

  // One request measures the service time: 4 s on the fake clock.
  const warm = ask(app, "warm-up");
  await until(() => upstream.gates.length === 1, "the warm-up to reach the upstream");
  await clock.advance(4_000);
  upstream.gates.shift()!();
  equal((await warm).status, 200);

  const a = ask(app, "a");
  await until(() => upstream.gates.length === 1, "a to be in flight");
  const b = ask(app, "b");
  await until(() => queue.stats().queued === 1, "b to queue");
  const c = ask(app, "c");
  await until(() => queue.stats().queued === 2, "c to queue");

  const full = await ask(app, "d");
  equal(full.status, 503);
  // 1 in flight + 2 queued + the caller, one slot, 4 s each.
  equal(full.headers.get("retry-after"), "16");
  const { error } = await full.json();
  equal(error.source, "controller");
  equal(error.code, "service_unavailable");

  for (let i = 0; i < 3; i++) {
    await until(() => upstream.gates.length === 1, "the next request to be in flight");
    upstream.gates.shift()!();
  }
  deepEqual((await Promise.all([a, b, c])).map((r) => r.status), [200, 200, 200]);
  deepEqual(upstream.seen, ["warm-up", "a", "b", "c"]);
  const metrics = await deps.metrics.metrics();
  match(metrics, /spark_gateway_rejected_total\{service="vllm"\} 1/);
  match(metrics, /spark_gateway_queue_depth\{service="vllm"\} 0/);
  await deps.close();
});

Deno.test("a streamed chat during a model swap gets keep-alive comments, then the answer", async () => {
  await using env = await gatewayEnv();
  let ready!: () => void;
  const gate = new Promise<void>((r) => (ready = r));
  const asked: (string | undefined)[] = [];
  env.deps.gateway.awaitModelReady = (model) => (asked.push(model), gate);
  const res = await post(`${env.url}/v1/chat/completions`, chat({ stream: true }));
  equal(res.status, 200);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const first = await reader.read();
  match(first.value ?? "", /^: waiting/);
  equal(env.vllm.requests.filter((r) => r.method === "POST").length, 0, "nothing sent yet");
  ready();
  let rest = "";
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    rest += value;
  }
  match(rest, /data: \[DONE\]/);
  deepEqual(asked, [MODEL]);
});

Deno.test("a non-streamed chat waits for the swap at most swapWaitMs, then 503", async () => {
  const clock = new FakeClock();
  const deps = fakeDeps({
    clock,
    fetch: () => Promise.reject(new Error("must not be called")),
    configure: (c) => {
      c.hosts = pointAt({ vllm: 8888 });
      c.gateway.swapWaitMs = 60_000;
    },
  });
  deps.gateway.awaitModelReady = () => new Promise(() => {});
  const pending = ask(createApp(deps), "hi");
  await until(() => clock.pending > 0, "the wait to start");
  await clock.advance(60_000);
  await flushMicrotasks();
  const res = await pending;
  equal(res.status, 503);
  equal(res.headers.get("retry-after"), "30");
  await deps.close();
});

Deno.test("POST /v1/audio/speech with stream:false sends a WAV with real sizes", async () => {
  await using env = await gatewayEnv();
  const res = await post(`${env.url}/v1/audio/speech`, {
    input: "Hello Alice. How are you today?",
    voice: "af_heart",
    response_format: "wav",
    stream: false,
  });
  equal(res.status, 200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  equal(Number(res.headers.get("content-length")), bytes.byteLength);
  const view = new DataView(bytes.buffer);
  equal(view.getUint32(4, true), bytes.byteLength - 8, "RIFF size");
  equal(view.getUint32(40, true), bytes.byteLength - 44, "data size");
});

Deno.test("POST /v1/audio/speech streams by default, placeholder header untouched", async () => {
  await using env = await gatewayEnv();
  const res = await post(`${env.url}/v1/audio/speech`, {
    input: "One. Two. Three.",
    response_format: "wav",
  });
  equal(res.status, 200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  equal(new DataView(bytes.buffer).getUint32(40, true), 0xffffffff);
  const sent = env.kokoro.requests.at(-1)!;
  equal(sent.method, "POST");
});

Deno.test("a Kokoro failure mid-body is a 502 for stream:false, never a short 200", async () => {
  await using env = await gatewayEnv();
  // Kokoro sends the 200 and part of the file, then the connection breaks.
  env.kokoro.setFault({ kind: "reset-mid-body" });
  const res = await post(`${env.url}/v1/audio/speech`, {
    input: "First sentence. Second sentence.",
    response_format: "wav",
    stream: false,
  });
  equal(res.status, 502);
  const { error } = await res.json();
  equal(error.source, "upstream:tts");
});

Deno.test("a Kokoro failure mid-stream cuts the streamed client connection", async () => {
  await using env = await gatewayEnv({ kokoroProfile: "fail-mid-stream" });
  const res = await post(`${env.url}/v1/audio/speech`, {
    input: "First sentence. Second sentence. Third.",
    response_format: "pcm",
  });
  equal(res.status, 200);
  await rejects(res.arrayBuffer());
});

Deno.test("Kokoro's validation errors come back in the envelope with their status", async () => {
  await using env = await gatewayEnv();
  const res = await post(`${env.url}/v1/audio/speech`, { input: "hi", voice: "zz_nobody" });
  equal(res.status, 400);
  const { error } = await res.json();
  equal(error.source, "upstream:tts");
  match(error.message, /zz_nobody/);
});

Deno.test("GET /v1/audio/voices reads both Kokoro voice-list shapes", async () => {
  for (const profile of ["default", "v0.3"]) {
    await using env = await gatewayEnv({ kokoroProfile: profile });
    const res = await fetch(`${env.url}/v1/audio/voices`);
    equal(res.status, 200);
    const { voices } = await res.json();
    deepEqual(voices[0], { id: "af_heart", name: "af_heart" }, profile);
    const legacy = await (await fetch(`${env.url}/v1/audio/voices?legacy=true`)).json();
    equal(legacy.voices[0], "af_heart");
  }
});

Deno.test("POST /v1/embeddings returns 1024-d vectors in input order", async () => {
  await using env = await gatewayEnv();
  const res = await post(`${env.url}/v1/embeddings`, { input: ["alpha", "beta"] });
  equal(res.status, 200);
  const body = await res.json();
  deepEqual(body.data.map((d: { index: number }) => d.index), [0, 1]);
  equal(body.data[0].embedding.length, 1024);
});

Deno.test("POST /v1/rerank keeps raw logits and adds sigmoid scores on request", async () => {
  for (const profile of ["logit", "cohere", "bare"]) {
    await using env = await gatewayEnv({ embedProfile: profile });
    const body = {
      query: "memory on the spark",
      documents: ["fans humming", "unified memory on the spark", "tokens"],
    };
    const raw = await (await post(`${env.url}/v1/rerank`, body)).json();
    equal(raw.object, "rerank.result", profile);
    equal(raw.results[0].index, 1, profile);
    equal(raw.results[0].normalized_score, undefined);
    const scores = raw.results.map((r: { relevance_score: number }) => r.relevance_score);
    deepEqual(scores, [...scores].sort((a: number, b: number) => b - a));
    const norm = await (await post(`${env.url}/v1/rerank?normalize=true`, body)).json();
    for (const r of norm.results) {
      equal(r.normalized_score, 1 / (1 + Math.exp(-r.relevance_score)));
    }
    const viaBody = await (await post(`${env.url}/v1/rerank`, { ...body, normalize: true }))
      .json();
    ok(viaBody.results.every((r: { normalized_score?: number }) => r.normalized_score! > 0));
  }
});

Deno.test("a non-streamed chat whose body breaks off is a 502, never a short 200", async () => {
  await using env = await gatewayEnv();
  env.vllm.setFault({ kind: "reset-mid-body" });
  const res = await post(`${env.url}/v1/chat/completions`, chat());
  equal(res.status, 502);
  const { error } = await res.json();
  equal(error.source, "upstream:vllm");
  equal(env.deps.gateway.admissions.get("vllm").stats().inFlight, 0);
});
