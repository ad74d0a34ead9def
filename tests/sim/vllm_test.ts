import { deepEqual, equal, match, ok, rejects } from "node:assert/strict";
import { startFakeVllm } from "./services/vllm.ts";

// SSE payloads are untyped JSON; the assertions themselves check the shape.
// deno-lint-ignore no-explicit-any
type Chunk = any;

async function sse(res: Response): Promise<unknown[]> {
  const text = await res.text();
  return text.split("\n\n").filter((e) => e.startsWith("data: ")).map((e) => {
    const data = e.slice(6);
    return data === "[DONE]" ? "[DONE]" : JSON.parse(data);
  });
}

Deno.test("fake vLLM refuses while loading, logs milestones in order, then serves", async () => {
  const logFile = await Deno.makeTempFile();
  const vllm = await startFakeVllm({ model: "org/model-a", loadMs: 120, logFile });
  try {
    await rejects(fetch(vllm.url + "/health"));
    await vllm.ready;
    const health = await fetch(vllm.url + "/health");
    equal(health.status, 200);
    equal(await health.text(), "");
    const models = await (await fetch(vllm.url + "/v1/models")).json();
    equal(models.data[0].id, "org/model-a");
    equal(models.data[0].max_model_len, 32768);
    const log = await Deno.readTextFile(logFile);
    const order = [
      "non-default args: {",
      "Loading safetensors using Fastsafetensor loader: 0% Completed",
      "Model loading took",
      "torch.compile takes",
      "Available KV cache memory:",
      "GPU KV cache size:",
      "Maximum concurrency for",
      "Capturing CUDA graphs",
      "Graph capturing finished in",
      "init engine (profile, create kv cache, warmup model) took",
      "Starting vLLM API server",
      "Available routes are:",
      "Application startup complete.",
    ].map((m) => log.indexOf(m));
    ok(order.every((i) => i >= 0), `all milestones present: ${order}`);
    deepEqual(order, [...order].sort((a, b) => a - b));
    match(log, /\(APIServer pid=\d+\) INFO .*non-default args/);
  } finally {
    await vllm.close();
    await Deno.remove(logFile);
  }
});

Deno.test("fake vLLM streams role, reasoning, content, finish and usage chunks, then [DONE]", async () => {
  const vllm = await startFakeVllm({ model: "m", reasoningField: "reasoning_content" });
  try {
    const body = {
      model: "m",
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: "user", content: "hello" }],
    };
    const res = await fetch(vllm.url + "/v1/chat/completions", {
      method: "POST",
      body: JSON.stringify(body),
    });
    equal(res.headers.get("content-type"), "text/event-stream; charset=utf-8");
    const events = await sse(res) as Chunk[];
    equal(events.at(-1), "[DONE]");
    equal(events[0].choices[0].delta.role, "assistant");
    ok(events.some((e) => e.choices?.[0]?.delta?.reasoning_content));
    const content = events.map((e) => e.choices?.[0]?.delta?.content ?? "").join("");
    ok(content.length > 0);
    equal(events.at(-3)!.choices[0].finish_reason, "stop");
    deepEqual(events.at(-2)!.choices, []);
    ok(events.at(-2)!.usage.completion_tokens > 0);
    // Same request, same answer.
    const again = await (await fetch(vllm.url + "/v1/chat/completions", {
      method: "POST",
      body: JSON.stringify({ ...body, stream: false }),
    })).json();
    equal(again.choices[0].message.content, content);
    const metrics = await (await fetch(vllm.url + "/metrics")).text();
    match(metrics, /vllm:generation_tokens_total\{engine="0",model_name="m"\} [1-9]/);
    match(
      metrics,
      /vllm:request_success_total\{engine="0",finished_reason="stop",model_name="m"\} 2/,
    );
  } finally {
    await vllm.close();
  }
});

Deno.test("fake vLLM returns tool calls, 404 for unknown models in both envelopes, and counts aborts", async () => {
  const vllm = await startFakeVllm({ model: "m", tokenDelayMs: 5 });
  try {
    const tool = await (await fetch(vllm.url + "/v1/chat/completions", {
      method: "POST",
      body: JSON.stringify({
        messages: [{ role: "user", content: "weather?" }],
        tools: [{ type: "function", function: { name: "get_weather", parameters: {} } }],
      }),
    })).json();
    equal(tool.choices[0].finish_reason, "tool_calls");
    equal(tool.choices[0].message.tool_calls[0].function.name, "get_weather");
    JSON.parse(tool.choices[0].message.tool_calls[0].function.arguments);

    const nested = await fetch(vllm.url + "/v1/chat/completions", {
      method: "POST",
      body: JSON.stringify({ model: "nope", messages: [] }),
    });
    equal(nested.status, 404);
    equal((await nested.json()).error.type, "NotFoundError");
    vllm.setProfile("flat-errors");
    const flat = await (await fetch(vllm.url + "/v1/completions", {
      method: "POST",
      body: JSON.stringify({ model: "nope", prompt: "x" }),
    })).json();
    equal(flat.object, "error");
    equal(flat.code, 404);

    const ctl = new AbortController();
    const res = await fetch(vllm.url + "/v1/completions", {
      method: "POST",
      signal: ctl.signal,
      body: JSON.stringify({ prompt: "long", stream: true, max_tokens: 1000 }),
    });
    const reader = res.body!.getReader();
    await reader.read();
    ctl.abort();
    await rejects(reader.read());
    // The server notices through the stream's cancel.
    equal(await vllm.waitForStat("aborted"), 1);
  } finally {
    await vllm.close();
  }
});

Deno.test("fake vLLM engine death: /health 503 while the process stays up", async () => {
  const vllm = await startFakeVllm({ model: "m" });
  try {
    vllm.killEngine();
    const res = await fetch(vllm.url + "/health");
    equal(res.status, 503);
    await res.body?.cancel();
    const chat = await fetch(vllm.url + "/v1/chat/completions", {
      method: "POST",
      body: JSON.stringify({ messages: [{ role: "user", content: "x" }] }),
    });
    equal(chat.status, 500);
    await chat.body?.cancel();
  } finally {
    await vllm.close();
  }
});

Deno.test("fake vLLM mid-stream error is a data event with an error object, then [DONE]", async () => {
  const vllm = await startFakeVllm({ model: "m" });
  try {
    vllm.settings.midStreamErrorAfter = 2;
    const events = await sse(
      await fetch(vllm.url + "/v1/chat/completions", {
        method: "POST",
        body: JSON.stringify({ stream: true, messages: [{ role: "user", content: "x" }] }),
      }),
    ) as Chunk[];
    equal(events.at(-1), "[DONE]");
    equal(events.at(-2)!.error.code, 500);
  } finally {
    await vllm.close();
  }
});

Deno.test("fake vLLM oom failure logs the real error line and never listens", async () => {
  const logFile = await Deno.makeTempFile();
  let fatal = false;
  const vllm = await startFakeVllm({
    model: "m",
    loadMs: 24,
    failure: "oom",
    logFile,
    onFatal: () => (fatal = true),
  });
  // The OOM path closes the service itself: wait for that event.
  if (!vllm.closing.aborted) {
    await new Promise((r) => vllm.closing.addEventListener("abort", r, { once: true }));
  }
  await vllm.close();
  ok(fatal);
  match(
    await Deno.readTextFile(logFile),
    /Engine core initialization failed\. See root cause above\./,
  );
  await Deno.remove(logFile);
});
