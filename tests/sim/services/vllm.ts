/**
 * A fake vLLM OpenAI server (CONTRACTS.md §2.5, §2.7, §3): refuses
 * connections while "loading", writes the real startup milestones to its
 * container log, then serves health, models, version, metrics and chat /
 * text completions (streamed and not) whose output is seeded by the request.
 *
 * @module
 */
import {
  delay,
  type FakeService,
  type FakeServiceOptions,
  json,
  runAsMain,
  startFakeService,
} from "./_common.ts";
import { seededRandom } from "../../_random.ts";

/** How a fake vLLM fails. */
export type VllmFailure = "oom" | "engine-death" | "nccl-hang" | null;

/** Options of {@link startFakeVllm}. */
export interface FakeVllmOptions extends FakeServiceOptions {
  /** Model path or HF id (`/v1/models` `root`). */
  model: string;
  /** Served model name (`/v1/models` `id`); defaults to `model`. */
  servedModelName?: string;
  maxModelLen?: number;
  /** Time from start to `Application startup complete.`; the port refuses until then. */
  loadMs?: number;
  reasoningField?: "reasoning" | "reasoning_content";
  /** `oom`: init fails and the process ends; `nccl-hang`: progress stops silently;
   * `engine-death`: loads, then the engine dies after `deathAfterMs` (default: at once). */
  failure?: VllmFailure;
  deathAfterMs?: number;
  /** Delay between generated tokens. */
  tokenDelayMs?: number;
  /** Extra delay on the first completion request after startup ("first requests are slow"). */
  firstRequestDelayMs?: number;
  /** Delay of `/health` while requests are running ("slow /health while busy"). */
  busyHealthDelayMs?: number;
  /** Requests generated at once; the rest wait (`num_requests_waiting`). */
  maxNumSeqs?: number;
  /** Interval of the `Engine 000: Avg prompt throughput` log line under traffic. */
  statsIntervalMs?: number;
  /** `head` serves the API; `worker` only writes the log (multi-node recipes). */
  role?: "head" | "worker";
  version?: string;
  /** Called when startup fails fatally (the process variant exits). */
  onFatal?: () => void;
}

/** A running fake vLLM. */
export interface FakeVllm extends FakeService {
  /** Resolves when `Application startup complete.` is logged and the port accepts. */
  ready: Promise<void>;
  /** Kills the engine: `/health` 503, completions 500, the process stays up. */
  killEngine(): void;
  /** Live settings (token delay etc.); `POST /__sim/vllm` patches them. */
  settings: VllmSettings;
}

/** Settings a test may change while the fake runs. */
export interface VllmSettings {
  tokenDelayMs: number;
  firstRequestDelayMs: number;
  busyHealthDelayMs: number;
  /** Emit an error event after this many content tokens (streaming), then `[DONE]`. */
  midStreamErrorAfter: number | null;
  reasoningField: "reasoning" | "reasoning_content";
}

const VOCAB = (
  "the spark cluster serves tokens quickly while unified memory holds weights and " +
  "cache blocks so every request finds its answer in a steady stream of words about " +
  "models graphs kernels and quiet fans humming near the desk"
).split(" ");
const THINK = "first consider the question then check the facts and answer briefly".split(" ");

/** FNV-1a hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface Histogram {
  buckets: number[];
  counts: number[];
  sum: number;
  count: number;
}

function histogram(buckets: number[]): Histogram {
  return { buckets, counts: buckets.map(() => 0), sum: 0, count: 0 };
}

function observe(h: Histogram, v: number): void {
  h.sum += v;
  h.count++;
  h.buckets.forEach((b, i) => {
    if (v <= b) h.counts[i]++;
  });
}

interface Generation {
  reasoning: string[];
  content: string[];
  tool: { name: string; args: string[] } | null;
  finish: "stop" | "length" | "tool_calls";
  promptTokens: number;
}

type Body = Record<string, unknown>;

/** Starts a fake vLLM; it listens only once loaded (awaits readiness when `loadMs` is 0). */
export async function startFakeVllm(opts: FakeVllmOptions): Promise<FakeVllm> {
  const model = opts.model;
  const served = opts.servedModelName ?? model;
  const maxModelLen = opts.maxModelLen ?? 32768;
  const loadMs = opts.loadMs ?? 0;
  const role = opts.role ?? "head";
  const pid = Deno.pid;
  const api = `(APIServer pid=${pid})`;
  const engine = `(EngineCore_DP0 pid=${pid + 1})`;
  const created = Math.floor(Date.now() / 1000);
  const settings: VllmSettings = {
    tokenDelayMs: opts.tokenDelayMs ?? 0,
    firstRequestDelayMs: opts.firstRequestDelayMs ?? 0,
    busyHealthDelayMs: opts.busyHealthDelayMs ?? 0,
    midStreamErrorAfter: null,
    reasoningField: opts.reasoningField ?? "reasoning",
  };
  let engineDead = false;
  let served_first = false;
  let running = 0;
  const queue: (() => void)[] = [];
  const maxNumSeqs = opts.maxNumSeqs ?? 8;
  const counters = {
    prompt: 0,
    generation: 0,
    success: { stop: 0, length: 0, abort: 0, tool_calls: 0 } as Record<string, number>,
    prefixQueries: 0,
    prefixHits: 0,
  };
  const interval = { prompt: 0, generation: 0 };
  const ttft = histogram([0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 1, 2.5, 5]);
  const itl = histogram([0.001, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5]);
  const e2e = histogram([0.3, 0.5, 0.8, 1, 1.5, 2, 2.5, 5, 10, 15, 20, 30, 40, 50, 60]);
  const queueTime = histogram([0.3, 0.5, 0.8, 1, 1.5, 2, 2.5, 5, 10, 15, 20, 30]);

  const svc = await startFakeService("vllm", handle, {
    ...opts,
    startHeld: "loading",
    control: async (req, path) => {
      if (req.method === "POST" && path === "/__sim/vllm") {
        const patch = await req.json() as Partial<VllmSettings> & { killEngine?: boolean };
        if (patch.killEngine) killEngine();
        for (const key of Object.keys(settings) as (keyof VllmSettings)[]) {
          if (key in patch) (settings as unknown as Record<string, unknown>)[key] = patch[key];
        }
        return json({ ok: true, settings, engineDead });
      }
      return null;
    },
  }) as FakeVllm;
  svc.settings = settings;
  svc.stats.aborted = 0;
  svc.stats.completions = 0;
  svc.killEngine = killEngine;

  const log = (prefix: string, level: string, where: string, msg: string) => {
    const t = new Date();
    const stamp = `${String(t.getMonth() + 1).padStart(2, "0")}-${
      String(t.getDate()).padStart(2, "0")
    } ${t.toTimeString().slice(0, 8)}`;
    svc.log(`${prefix} ${level} ${stamp} [${where}] ${msg}`);
  };

  function killEngine(): void {
    if (engineDead) return;
    engineDead = true;
    log(engine, "ERROR", "core.py:720", "EngineCore encountered a fatal error.");
    svc.log("Traceback (most recent call last):");
    svc.log(
      "vllm.v1.engine.exceptions.EngineDeadError: EngineCore encountered an issue. See stack trace (above) for the root cause.",
    );
    log(api, "ERROR", "async_llm.py:480", "AsyncLLM output_handler failed.");
  }

  /** Writes the §2.5 milestones over `loadMs`, then opens the port (unless a failure stops it). */
  async function load(): Promise<void> {
    const step = loadMs / 12;
    const wait = async (n = 1) => {
      await delay(step * n, svc.closing);
      return svc.closing.aborted;
    };
    const gib = Math.round(20 + (hash(model) % 60));
    log(
      api,
      "INFO",
      "utils.py:253",
      `non-default args: {'model_tag': '${model}', 'host': '0.0.0.0', 'port': ${
        opts.port ?? svc.port
      }, 'model': '${model}', 'max_model_len': ${maxModelLen}, 'served_model_name': ['${served}']}`,
    );
    if (await wait()) return;
    log(
      engine,
      "INFO",
      "core.py:93",
      `Initializing a V1 LLM engine (v${opts.version ?? "0.11.1"})`,
    );
    const shards = 4;
    for (let i = 0; i <= shards; i++) {
      const pct = Math.round((i / shards) * 100);
      log(
        engine,
        "INFO",
        "fastsafetensors_loader.py:88",
        `Loading safetensors using Fastsafetensor loader: ${pct}% Completed | ${i}/${shards} [00:0${i}<00:00, 1.0it/s]`,
      );
      if (opts.failure === "nccl-hang" && i === 1 && role === "head") return; // progress just stops
      if (opts.failure === "oom" && i === 2) {
        if (await wait()) return;
        log(
          engine,
          "ERROR",
          "core.py:710",
          "EngineCore failed to start.",
        );
        svc.log(
          "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 119.70 GiB of which 1.10 GiB is free.",
        );
        svc.log(
          "RuntimeError: Engine core initialization failed. See root cause above. Failed core proc(s): {}",
        );
        opts.onFatal?.();
        await svc.close();
        return;
      }
      if (await wait()) return;
    }
    log(
      engine,
      "INFO",
      "gpu_model_runner.py:2653",
      `Model loading took ${gib}.42 GiB and ${(loadMs / 4000).toFixed(6)} seconds`,
    );
    if (opts.failure === "nccl-hang") return; // worker stops here, after loading
    if (await wait()) return;
    log(
      engine,
      "INFO",
      "monitor.py:34",
      `torch.compile takes ${(loadMs / 6000).toFixed(2)} s in total`,
    );
    if (await wait()) return;
    const kvTokens = 400_000 + (hash(served) % 100_000);
    log(engine, "INFO", "gpu_worker.py:298", `Available KV cache memory: ${74 - gib / 4} GiB`);
    log(engine, "INFO", "kv_cache_utils.py:1087", `GPU KV cache size: ${kvTokens} tokens`);
    log(
      engine,
      "INFO",
      "kv_cache_utils.py:1091",
      `Maximum concurrency for ${maxModelLen} tokens per request: ${
        (kvTokens / maxModelLen).toFixed(2)
      }x`,
    );
    if (await wait()) return;
    log(
      engine,
      "INFO",
      "gpu_model_runner.py:3480",
      "Capturing CUDA graphs (mixed prefill-decode, PIECEWISE): 100%",
    );
    if (await wait(2)) return;
    log(
      engine,
      "INFO",
      "gpu_model_runner.py:3560",
      `Graph capturing finished in ${(loadMs / 6000).toFixed(0)} secs, took 0.62 GiB`,
    );
    log(
      engine,
      "INFO",
      "core.py:210",
      `init engine (profile, create kv cache, warmup model) took ${
        (loadMs / 3000).toFixed(2)
      } seconds`,
    );
    if (role === "worker") return; // the worker's API server never starts
    if (await wait()) return;
    log(
      api,
      "INFO",
      "api_server.py:1885",
      `Starting vLLM API server 0 on http://0.0.0.0:${svc.port}`,
    );
    log(api, "INFO", "launcher.py:34", "Available routes are:");
    for (
      const route of [
        "/health",
        "/v1/models",
        "/version",
        "/metrics",
        "/v1/chat/completions",
        "/v1/completions",
      ]
    ) {
      log(
        api,
        "INFO",
        "launcher.py:42",
        `Route: ${route}, Methods: ${route.includes("v1/c") ? "POST" : "GET"}`,
      );
    }
    await svc.hold("loading", false);
    if (svc.closing.aborted) return;
    svc.log(`${api} INFO:     Started server process [${pid}]`);
    svc.log(`${api} INFO:     Waiting for application startup.`);
    svc.log(`${api} INFO:     Application startup complete.`);
    if (opts.failure === "engine-death") {
      void delay(opts.deathAfterMs ?? 0, svc.closing).then(() => {
        if (!svc.closing.aborted) killEngine();
      });
    }
    void statsLoop();
  }

  async function statsLoop(): Promise<void> {
    const every = opts.statsIntervalMs ?? 10_000;
    while (!svc.closing.aborted) {
      await delay(every, svc.closing);
      if (svc.closing.aborted || engineDead) return;
      if (interval.prompt + interval.generation + running + queue.length === 0) continue;
      const s = every / 1000;
      log(
        api,
        "INFO",
        "loggers.py:123",
        `Engine 000: Avg prompt throughput: ${(interval.prompt / s).toFixed(1)} tokens/s, ` +
          `Avg generation throughput: ${(interval.generation / s).toFixed(1)} tokens/s, ` +
          `Running: ${running} reqs, Waiting: ${queue.length} reqs, ` +
          `GPU KV cache usage: ${(kvUsage() * 100).toFixed(1)}%, Prefix cache hit rate: ${
            counters.prefixQueries
              ? ((counters.prefixHits / counters.prefixQueries) * 100).toFixed(1)
              : "0.0"
          }%`,
      );
      interval.prompt = 0;
      interval.generation = 0;
    }
  }

  const kvUsage = () => Math.min(1, running * 0.02);

  function error(status: number, type: string, message: string): Response {
    const inner = { message, type, param: null, code: status };
    return json(
      svc.profile === "flat-errors" ? { object: "error", ...inner } : { error: inner },
      status,
    );
  }

  async function handle(req: Request): Promise<Response> {
    const path = new URL(req.url).pathname;
    if (req.method === "GET" && path === "/health") {
      if (running > 0 && settings.busyHealthDelayMs > 0) {
        await delay(settings.busyHealthDelayMs, req.signal, svc.closing);
      }
      return new Response(null, { status: engineDead ? 503 : 200 });
    }
    if (req.method === "GET" && path === "/version") {
      return json({ version: opts.version ?? "0.11.1" });
    }
    if (req.method === "GET" && path === "/v1/models") {
      return json({
        object: "list",
        data: [{
          id: served,
          object: "model",
          created,
          owned_by: "vllm",
          root: model,
          parent: null,
          max_model_len: maxModelLen,
          permission: [{
            id: `modelperm-${hash(served).toString(16)}`,
            object: "model_permission",
            created,
            allow_create_engine: false,
            allow_sampling: true,
            allow_logprobs: true,
            allow_search_indices: false,
            allow_view: true,
            allow_fine_tuning: false,
            organization: "*",
            group: null,
            is_blocking: false,
          }],
        }],
      });
    }
    if (req.method === "GET" && path === "/metrics") {
      return new Response(metrics(), {
        headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8" },
      });
    }
    if (req.method === "POST" && (path === "/v1/chat/completions" || path === "/v1/completions")) {
      return await completion(req, path === "/v1/chat/completions");
    }
    if (path === "/v1/chat/completions" || path === "/v1/completions") {
      return error(405, "MethodNotAllowed", "Method Not Allowed");
    }
    return json({ detail: "Not Found" }, 404);
  }

  async function completion(req: Request, chat: boolean): Promise<Response> {
    let body: Body;
    try {
      body = await req.json() as Body;
    } catch {
      return error(400, "BadRequestError", "Expecting value: line 1 column 1 (char 0)");
    }
    if (body.model !== undefined && body.model !== served) {
      return error(404, "NotFoundError", `The model \`${String(body.model)}\` does not exist.`);
    }
    if (chat && !Array.isArray(body.messages)) {
      return error(
        400,
        "BadRequestError",
        "[{'type': 'missing', 'loc': ('body', 'messages'), 'msg': 'Field required'}]",
      );
    }
    if (!chat && typeof body.prompt !== "string" && !Array.isArray(body.prompt)) {
      return error(
        400,
        "BadRequestError",
        "Either prompt or prompt_embeds must be provided and non-empty.",
      );
    }
    if (engineDead) {
      return error(
        500,
        "InternalServerError",
        "EngineCore encountered an issue. See stack trace (above) for the root cause.",
      );
    }
    const gen = generate(body, chat);
    const maxTokens = Number(body.max_tokens ?? body.max_completion_tokens ?? 0);
    if (gen.promptTokens + maxTokens > maxModelLen) {
      return error(
        400,
        "BadRequestError",
        `This model's maximum context length is ${maxModelLen} tokens. However, you requested ${
          gen.promptTokens + maxTokens
        } tokens (${gen.promptTokens} in the messages, ${maxTokens} in the completion). Please reduce the length of the messages or completion.`,
      );
    }
    svc.bump("completions");
    const startedAt = performance.now();
    // Admission: at most maxNumSeqs generate at once, the rest wait (vllm:num_requests_waiting).
    if (running >= maxNumSeqs) {
      await new Promise<void>((resolve) => queue.push(resolve));
    }
    running++;
    observe(queueTime, (performance.now() - startedAt) / 1000);
    let released = false;
    const release = (reason: string) => {
      if (released) return;
      released = true;
      running--;
      queue.shift()?.();
      counters.success[reason] = (counters.success[reason] ?? 0) + 1;
      observe(e2e, (performance.now() - startedAt) / 1000);
    };
    counters.prompt += gen.promptTokens;
    interval.prompt += gen.promptTokens;
    counters.prefixQueries += gen.promptTokens;
    counters.prefixHits += Math.floor(gen.promptTokens / 2);
    let firstDelay = 0;
    if (!served_first) {
      served_first = true;
      firstDelay = settings.firstRequestDelayMs;
    }
    const id = `${chat ? "chatcmpl" : "cmpl"}-${
      hash(JSON.stringify(body) + startedAt).toString(16)
    }`;
    const createdAt = Math.floor(Date.now() / 1000);
    const usage = (completion: number) => ({
      prompt_tokens: gen.promptTokens,
      total_tokens: gen.promptTokens + completion,
      completion_tokens: completion,
      prompt_tokens_details: null,
    });
    const completionTokens = gen.reasoning.length + gen.content.length +
      (gen.tool ? gen.tool.args.length : 0);
    const tick = (signal?: AbortSignal) => delay(settings.tokenDelayMs, signal, svc.closing);

    if (body.stream !== true) {
      await delay(firstDelay, req.signal, svc.closing);
      for (let i = 0; i < completionTokens; i++) {
        await tick(req.signal);
        if (svc.closing.aborted) break;
      }
      if (req.signal.aborted && !released) {
        // Legacy Deno aborts req.signal after success too; here nothing was answered yet.
        svc.bump("aborted");
        release("abort");
        return new Response(null, { status: 499 });
      }
      counters.generation += completionTokens;
      interval.generation += completionTokens;
      observe(ttft, (performance.now() - startedAt) / 1000);
      release(gen.finish);
      if (chat) {
        const message: Record<string, unknown> = {
          role: "assistant",
          content: gen.tool ? null : gen.content.join(""),
          refusal: null,
          annotations: null,
          audio: null,
          function_call: null,
          tool_calls: gen.tool
            ? [{
              id: `chatcmpl-tool-${hash(id).toString(16)}`,
              type: "function",
              function: { name: gen.tool.name, arguments: gen.tool.args.join("") },
            }]
            : [],
          [settings.reasoningField]: gen.reasoning.length ? gen.reasoning.join("") : null,
        };
        return json({
          id,
          object: "chat.completion",
          created: createdAt,
          model: served,
          choices: [{
            index: 0,
            message,
            logprobs: null,
            finish_reason: gen.finish,
            stop_reason: null,
          }],
          service_tier: null,
          system_fingerprint: null,
          usage: usage(completionTokens),
          prompt_logprobs: null,
          kv_transfer_params: null,
        });
      }
      return json({
        id,
        object: "text_completion",
        created: createdAt,
        model: served,
        choices: [{
          index: 0,
          text: gen.content.join(""),
          logprobs: null,
          finish_reason: gen.finish,
          stop_reason: null,
        }],
        usage: usage(completionTokens),
      });
    }

    const includeUsage = (body.stream_options as Body | undefined)?.include_usage === true;
    const encoder = new TextEncoder();
    const object = chat ? "chat.completion.chunk" : "text_completion";
    const chunk = (choice: Record<string, unknown> | null, extra: Record<string, unknown> = {}) =>
      encoder.encode(
        `data: ${
          JSON.stringify({
            id,
            object,
            created: createdAt,
            model: served,
            choices: choice ? [{ index: 0, logprobs: null, finish_reason: null, ...choice }] : [],
            ...extra,
          })
        }\n\n`,
      );
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      async start(ctl) {
        try {
          await delay(firstDelay, svc.closing);
          if (chat) ctl.enqueue(chunk({ delta: { role: "assistant", content: "" } }));
          let emitted = 0;
          let lastAt = performance.now();
          const emit = async (choice: Record<string, unknown>) => {
            await tick();
            if (cancelled || svc.closing.aborted) throw new Error("stopped");
            const now = performance.now();
            if (emitted === 0) observe(ttft, (now - startedAt) / 1000);
            else observe(itl, (now - lastAt) / 1000);
            lastAt = now;
            emitted++;
            counters.generation++;
            interval.generation++;
            ctl.enqueue(chunk(choice));
          };
          for (const r of gen.reasoning) {
            await emit({ delta: { [settings.reasoningField]: r } });
          }
          if (gen.tool) {
            const toolId = `chatcmpl-tool-${hash(id).toString(16)}`;
            await emit({
              delta: {
                tool_calls: [{
                  index: 0,
                  id: toolId,
                  type: "function",
                  function: { name: gen.tool.name, arguments: "" },
                }],
              },
            });
            for (const a of gen.tool.args) {
              await emit({ delta: { tool_calls: [{ index: 0, function: { arguments: a } }] } });
            }
          }
          let contentCount = 0;
          for (const c of gen.content) {
            if (
              settings.midStreamErrorAfter !== null && contentCount >= settings.midStreamErrorAfter
            ) {
              ctl.enqueue(
                encoder.encode(
                  `data: ${
                    JSON.stringify({
                      error: {
                        message:
                          "EngineCore encountered an issue. See stack trace (above) for the root cause.",
                        type: "InternalServerError",
                        param: null,
                        code: 500,
                      },
                    })
                  }\n\n`,
                ),
              );
              ctl.enqueue(encoder.encode("data: [DONE]\n\n"));
              release("abort");
              ctl.close();
              return;
            }
            await emit(chat ? { delta: { content: c } } : { text: c });
            contentCount++;
          }
          ctl.enqueue(
            chunk(
              chat
                ? { delta: {}, finish_reason: gen.finish }
                : { text: "", finish_reason: gen.finish },
            ),
          );
          if (includeUsage) ctl.enqueue(chunk(null, { usage: usage(emitted) }));
          ctl.enqueue(encoder.encode("data: [DONE]\n\n"));
          release(gen.finish);
          ctl.close();
        } catch {
          // Client went away (cancel) or the service is closing: count it, free the slot.
          release("abort");
          try {
            ctl.close();
          } catch {
            // Already cancelled by the client: nothing left to close.
          }
        }
      },
      cancel() {
        cancelled = true;
        if (!released) svc.bump("aborted");
        release("abort");
      },
    });
    return new Response(stream, {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" },
    });
  }

  function generate(body: Body, chat: boolean): Generation {
    const seedText = JSON.stringify(chat ? body.messages : body.prompt);
    const rand = seededRandom(hash(seedText));
    const promptTokens = Math.max(1, Math.ceil(seedText.length / 4));
    const maxTokens = typeof body.max_tokens === "number"
      ? body.max_tokens
      : typeof body.max_completion_tokens === "number"
      ? body.max_completion_tokens
      : Infinity;
    const natural = 8 + Math.floor(rand() * 24);
    const thinkingOff = (body.chat_template_kwargs as Body | undefined)?.enable_thinking === false;
    const reasoning = chat && !thinkingOff
      ? Array.from(
        { length: 3 + Math.floor(rand() * 4) },
        (_, i) => (i ? " " : "") + THINK[Math.floor(rand() * THINK.length)],
      )
      : [];
    const tools = Array.isArray(body.tools) ? body.tools as Body[] : [];
    if (chat && tools.length > 0 && body.tool_choice !== "none") {
      const choice = body.tool_choice as Body | undefined;
      const named = (choice?.function as Body | undefined)?.name as string | undefined;
      const fn = (tools.find((t) => (t.function as Body)?.name === named) ?? tools[0])
        .function as Body;
      const args = JSON.stringify({ query: VOCAB[Math.floor(rand() * VOCAB.length)] });
      const parts = args.match(/.{1,6}/gs) ?? [args];
      return {
        reasoning,
        content: [],
        tool: { name: String(fn.name), args: parts },
        finish: "tool_calls",
        promptTokens,
      };
    }
    const budget = Math.max(0, maxTokens - reasoning.length);
    const count = Math.min(natural, budget);
    const content = Array.from(
      { length: count },
      (_, i) => (i ? " " : "") + VOCAB[Math.floor(rand() * VOCAB.length)],
    );
    return {
      reasoning,
      content,
      tool: null,
      finish: count < natural ? "length" : "stop",
      promptTokens,
    };
  }

  function metrics(): string {
    const label = `model_name="${served}"`;
    const lines: string[] = [];
    const metric = (name: string, type: string, help: string, samples: [string, number][]) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
      for (const [labels, v] of samples) lines.push(`${name}{${labels}} ${v}`);
    };
    const hist = (name: string, help: string, h: Histogram) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} histogram`);
      h.buckets.forEach((b, i) =>
        lines.push(`${name}_bucket{engine="0",le="${b}",${label}} ${h.counts[i]}`)
      );
      lines.push(`${name}_bucket{engine="0",le="+Inf",${label}} ${h.count}`);
      lines.push(
        `${name}_sum{engine="0",${label}} ${h.sum}`,
        `${name}_count{engine="0",${label}} ${h.count}`,
      );
    };
    const l = `engine="0",${label}`;
    metric("vllm:num_requests_running", "gauge", "Number of requests in model execution batches.", [
      [l, running],
    ]);
    metric("vllm:num_requests_waiting", "gauge", "Number of requests waiting to be processed.", [[
      l,
      queue.length,
    ]]);
    metric("vllm:kv_cache_usage_perc", "gauge", "KV-cache usage. 1 means 100 percent usage.", [[
      l,
      kvUsage(),
    ]]);
    metric("vllm:prompt_tokens_total", "counter", "Number of prefill tokens processed.", [[
      l,
      counters.prompt,
    ]]);
    metric("vllm:generation_tokens_total", "counter", "Number of generation tokens processed.", [[
      l,
      counters.generation,
    ]]);
    metric(
      "vllm:request_success_total",
      "counter",
      "Count of successfully processed requests.",
      Object.entries(counters.success).map((
        [reason, n],
      ) => [`engine="0",finished_reason="${reason}",${label}`, n]),
    );
    metric(
      "vllm:num_preemptions_total",
      "counter",
      "Cumulative number of preemption from the engine.",
      [[l, 0]],
    );
    metric(
      "vllm:prefix_cache_queries_total",
      "counter",
      "Prefix cache queries, in terms of number of queried tokens.",
      [[l, counters.prefixQueries]],
    );
    metric(
      "vllm:prefix_cache_hits_total",
      "counter",
      "Prefix cache hits, in terms of number of cached tokens.",
      [[l, counters.prefixHits]],
    );
    hist("vllm:time_to_first_token_seconds", "Histogram of time to first token in seconds.", ttft);
    hist("vllm:inter_token_latency_seconds", "Histogram of inter-token latency in seconds.", itl);
    hist("vllm:e2e_request_latency_seconds", "Histogram of e2e request latency in seconds.", e2e);
    hist(
      "vllm:request_queue_time_seconds",
      "Histogram of time spent in WAITING phase for request.",
      queueTime,
    );
    return lines.join("\n") + "\n";
  }

  const loaded = load();
  let resolveReady!: () => void;
  svc.ready = new Promise<void>((resolve) => (resolveReady = resolve));
  void loaded.then(() => {
    if (svc.listening) resolveReady();
  });
  if (loadMs === 0) await loaded;
  return svc;
}

if (import.meta.main) {
  runAsMain((opts) => {
    const x = opts.extra ?? {};
    const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
    return startFakeVllm({
      ...opts,
      model: x.model ?? "sim/model",
      servedModelName: x["served-model-name"],
      maxModelLen: num(x["max-model-len"]),
      loadMs: num(x["load-ms"]),
      reasoningField: x["reasoning-field"] === "reasoning_content"
        ? "reasoning_content"
        : "reasoning",
      failure: (x.failure || null) as VllmFailure,
      deathAfterMs: num(x["death-after-ms"]),
      tokenDelayMs: num(x["token-delay-ms"]),
      firstRequestDelayMs: num(x["first-request-delay-ms"]),
      statsIntervalMs: num(x["stats-interval-ms"]),
      role: x.role === "worker" ? "worker" : "head",
      onFatal: () => Deno.exit(1),
    });
  });
}
