/**
 * Gateway overhead, side by side in one run (issue 6 targets):
 * - added p50 latency of a non-streamed chat through the controller vs. direct to the fake vLLM (≤ 1 ms);
 * - first-chunk latency of a streamed chat, controller vs. direct (≤ 2 ms over direct);
 * - small-JSON throughput, controller vs. Debian's nginx proxying the same upstream (≥ 0.8×);
 * - 200 concurrent streaming chats: none lost, controller RSS growth (≤ 60 MB; nginx's growth as baseline),
 *   split into V8 heap, external (ArrayBuffers) and the native rest (sockets, hyper/tokio buffers).
 *
 * The machine running this is usually small and shared, so throughput depends
 * on what else runs; the bench also prints the CPU time each proxy process
 * spends per request (from /proc), which is steadier and says where a
 * throughput ratio comes from: load generator, fake vLLM and proxy share the cores.
 *
 * The fake vLLM, the controller and nginx each run as their own process on
 * loopback; this process only generates load. Install nginx with
 * `apt-get install nginx` (Debian); without it the throughput line is skipped.
 */
import { join } from "node:path";
import { percentile, report } from "./_report.ts";

const BENCH = "gateway";
const ROOT = new URL("../", import.meta.url);
const NGINX = "/usr/sbin/nginx";
const MODEL = "sim/bench";

const chatBody = (stream: boolean, maxTokens = 4) =>
  JSON.stringify({
    model: MODEL,
    messages: [{ role: "user", content: "hello" }],
    max_tokens: maxTokens,
    stream,
    chat_template_kwargs: { enable_thinking: false },
  });

/** A child process that prints `listening <port>` when ready. */
async function spawnListening(args: string[]): Promise<{ port: number; child: Deno.ChildProcess }> {
  const child = new Deno.Command(Deno.execPath(), {
    args,
    stdout: "piped",
    stderr: "inherit",
    cwd: ROOT.pathname,
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!/listening (\d+)/.test(text)) {
    const { done, value } = await reader.read();
    if (done) throw new Error(`${args.find((a) => a.endsWith(".ts"))} exited before listening`);
    text += value;
  }
  // Keep draining stdout so the child never blocks on a full pipe.
  void (async () => {
    while (!(await reader.read()).done) { /* drain */ }
  })();
  return { port: Number(/listening (\d+)/.exec(text)![1]), child };
}

function fakeVllm(tokenDelayMs: number) {
  return spawnListening([
    "run",
    "-A",
    "tests/sim/services/vllm.ts",
    "--port=0",
    `--model=${MODEL}`,
    `--token-delay-ms=${tokenDelayMs}`,
    "--stats-interval-ms=3600000",
  ]);
}

function controller(vllmPort: number, ...extra: string[]) {
  return spawnListening([
    "run",
    "-A",
    "--v8-flags=--expose-gc",
    "bench/_gateway_server.ts",
    `--vllm-port=${vllmPort}`,
    ...extra,
  ]);
}

async function stop(p: { child: Deno.ChildProcess }): Promise<void> {
  p.child.kill("SIGTERM");
  await p.child.status;
}

/** Starts nginx proxying to `upstreamPort`; null when nginx is not installed. */
async function startNginx(upstreamPort: number) {
  try {
    await Deno.stat(NGINX);
  } catch {
    return null;
  }
  const dir = await Deno.makeTempDir({ prefix: "gateway-bench-nginx-" });
  const probe = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (probe.addr as Deno.NetAddr).port;
  probe.close();
  const conf = `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream vllm { server 127.0.0.1:${upstreamPort}; keepalive 256; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://vllm;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
    }
  }
}
`;
  await Deno.writeTextFile(join(dir, "nginx.conf"), conf);
  const child = new Deno.Command(NGINX, {
    args: ["-e", join(dir, "error.log"), "-p", dir, "-c", join(dir, "nginx.conf")],
    stdout: "null",
    stderr: "inherit",
  }).spawn();
  // Ready when the port accepts.
  for (let i = 0; i < 200; i++) {
    try {
      (await Deno.connect({ hostname: "127.0.0.1", port })).close();
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  return {
    port,
    child,
    /** Pids of the nginx master and its workers. */
    async pids(): Promise<number[]> {
      const master = Number((await Deno.readTextFile(join(dir, "nginx.pid"))).trim());
      const out = [master];
      for (const e of Deno.readDirSync("/proc")) {
        if (!/^\d+$/.test(e.name)) continue;
        try {
          const status = Deno.readTextFileSync(`/proc/${e.name}/status`);
          if (Number(/PPid:\s+(\d+)/.exec(status)?.[1]) === master) out.push(Number(e.name));
        } catch {
          // The process ended while we read /proc.
        }
      }
      return out;
    },
    /** RSS of the nginx worker(s) in bytes, from /proc. */
    async rss(): Promise<number> {
      const master = Number((await Deno.readTextFile(join(dir, "nginx.pid"))).trim());
      let total = 0;
      for (const e of Deno.readDirSync("/proc")) {
        if (!/^\d+$/.test(e.name)) continue;
        try {
          const status = Deno.readTextFileSync(`/proc/${e.name}/status`);
          const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
          if (ppid === master || Number(e.name) === master) {
            total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
          }
        } catch {
          // The process ended while we read /proc: it holds no memory any more.
        }
      }
      return total;
    },
    async stop() {
      child.kill("SIGTERM");
      await child.status;
      await Deno.remove(dir, { recursive: true });
    },
  };
}

async function timedChat(base: string, stream: boolean): Promise<{ total: number; first: number }> {
  const t0 = performance.now();
  const res = await fetch(`${base}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: chatBody(stream),
  });
  const reader = res.body!.getReader();
  let first = NaN;
  while (true) {
    const { done } = await reader.read();
    if (Number.isNaN(first)) first = performance.now() - t0;
    if (done) break;
  }
  if (res.status !== 200) throw new Error(`${base} answered ${res.status}`);
  return { total: performance.now() - t0, first };
}

/** p50 of `n` sequential requests to each base, interleaved so drift hits both equally. */
async function interleaved(bases: string[], n: number, stream: boolean, pick: "total" | "first") {
  const samples = bases.map(() => [] as number[]);
  for (let i = 0; i < 50; i++) for (const b of bases) await timedChat(b, stream);
  for (let i = 0; i < n; i++) {
    for (const [j, b] of bases.entries()) samples[j].push((await timedChat(b, stream))[pick]);
  }
  return samples.map((s) => percentile(s, 50));
}

/** Requests per second with `workers` concurrent fetch loops sharing `total` requests. */
async function throughput(base: string, total: number, workers: number): Promise<number> {
  let left = total;
  const body = chatBody(false, 1);
  const worker = async () => {
    while (left-- > 0) {
      const res = await fetch(`${base}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${base} answered ${res.status}`);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: workers }, worker));
  return total / ((performance.now() - t0) / 1000);
}

/** Runs `n` streamed chats at once; returns how many ended with `[DONE]`. */
async function concurrentStreams(base: string, n: number): Promise<number> {
  const one = async () => {
    const res = await fetch(`${base}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: chatBody(true, 40),
    });
    const text = await res.text();
    return res.status === 200 && text.includes("data: [DONE]");
  };
  const results = await Promise.all(Array.from({ length: n }, one));
  return results.filter(Boolean).length;
}

/** The controller's `Deno.memoryUsage()` after a full GC. */
const memOf = async (base: string): Promise<Deno.MemoryUsage> =>
  await (await fetch(`${base}/__bench/rss`)).json();

/** CPU time (user + system, all threads) of `pids` so far, in ms; /proc ticks are 10 ms. */
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = Deno.readTextFileSync(`/proc/${pid}/stat`).split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone or no /proc: counts as nothing.
    }
  }
  return ticks * 10;
}

const spread = (xs: number[]) => xs.map((x) => x.toFixed(0)).join("/");

// 1–3: latency and throughput against a fast upstream.
const fast = await fakeVllm(0);
const ctrl = await controller(fast.port);
const direct = `http://127.0.0.1:${fast.port}`;
const via = `http://127.0.0.1:${ctrl.port}`;
try {
  const [p50Direct, p50Via] = await interleaved([direct, via], 400, false, "total");
  report(BENCH, "p50 non-streamed chat via controller", p50Via, "ms", "direct", p50Direct, {
    target: `added ≤ 1 ms (added ${(p50Via - p50Direct).toFixed(3)} ms)`,
  });
  const [firstDirect, firstVia] = await interleaved([direct, via], 400, true, "first");
  report(
    BENCH,
    "p50 first chunk of a stream via controller",
    firstVia,
    "ms",
    "direct",
    firstDirect,
    {
      target: `added ≤ 2 ms (added ${(firstVia - firstDirect).toFixed(3)} ms)`,
    },
  );
  const nginx = await startNginx(fast.port);
  if (nginx === null) {
    // deno-lint-ignore no-console -- bench output
    console.log(
      `${BENCH} | throughput: skipped, ${NGINX} not found (Debian: sudo apt-get install nginx)`,
    );
  } else {
    // The floor: a bare Deno.serve + fetch pass-through, no app (see _gateway_server.ts).
    const bare = await controller(fast.port, "--bare");
    try {
      const viaNginx = `http://127.0.0.1:${nginx.port}`;
      const viaBare = `http://127.0.0.1:${bare.port}`;
      await throughput(viaNginx, 500, 32);
      await throughput(via, 500, 32);
      await throughput(viaBare, 500, 32);
      const rounds = { ctrl: [] as number[], nginx: [] as number[], bare: [] as number[] };
      const cpu = { ctrl: [] as number[], nginx: [] as number[], bare: [] as number[] };
      const nginxPids = await nginx.pids();
      const N = 3000;
      const measure = async (name: keyof typeof rounds, base: string, pids: number[]) => {
        const t0 = cpuMs(pids);
        rounds[name].push(await throughput(base, N, 32));
        cpu[name].push((cpuMs(pids) - t0) * 1000 / N);
      };
      for (let i = 0; i < 3; i++) {
        await measure("nginx", viaNginx, nginxPids);
        await measure("ctrl", via, [ctrl.child.pid]);
        await measure("bare", viaBare, [bare.child.pid]);
      }
      report(
        BENCH,
        "small-JSON throughput via controller (32 workers)",
        Math.max(...rounds.ctrl),
        "req/s",
        "nginx",
        Math.max(...rounds.nginx),
        {
          target: `ratio ≥ 0.8 (rounds: controller ${spread(rounds.ctrl)}, nginx ${
            spread(rounds.nginx)
          })`,
        },
      );
      report(
        BENCH,
        "controller CPU per small-JSON request",
        Math.min(...cpu.ctrl),
        "µs",
        "nginx",
        Math.min(...cpu.nginx),
        { target: `none (rounds: ${spread(cpu.ctrl)} vs ${spread(cpu.nginx)})` },
      );
      report(
        BENCH,
        "bare Deno.serve + fetch pass-through throughput (the floor)",
        Math.max(...rounds.bare),
        "req/s",
        "nginx",
        Math.max(...rounds.nginx),
        {
          target: `none (rounds: ${spread(rounds.bare)}; CPU per request ${spread(cpu.bare)} µs)`,
        },
      );
    } finally {
      await stop(bare);
      await nginx.stop();
    }
  }
} finally {
  await stop(ctrl);
  await stop(fast);
}

// 4: 200 concurrent streams against a slower upstream, so all are open at once.
const slow = await fakeVllm(10);
const ctrl2 = await controller(slow.port);
const via2 = `http://127.0.0.1:${ctrl2.port}`;
try {
  await concurrentStreams(via2, 20);
  const before = await memOf(via2);
  const ok = await concurrentStreams(via2, 200);
  const afterFirst = await memOf(via2);
  // A second burst shows retention (a leak) apart from the one-time growth of pools and heap.
  const ok2 = await concurrentStreams(via2, 200);
  const afterSecond = await memOf(via2);
  const grown = afterFirst.rss - before.rss;
  const grownAgain = afterSecond.rss - afterFirst.rss;
  const split = (a: Deno.MemoryUsage, b: Deno.MemoryUsage) => {
    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
    const heap = b.heapTotal - a.heapTotal;
    const ext = b.external - a.external;
    return `heap ${mb(heap)}, external ${mb(ext)}, native rest ${
      mb(b.rss - a.rss - heap - ext)
    }; RSS before ${mb(a.rss)}`;
  };
  report(BENCH, "200 concurrent streams completed via controller", ok, "streams", "sent", 200, {
    target: "ratio 1.00 (none lost)",
  });
  report(BENCH, "second burst completed via controller", ok2, "streams", "sent", 200, {
    target: "ratio 1.00 (none lost)",
  });
  const nginx = await startNginx(slow.port);
  let nginxGrown = NaN;
  if (nginx !== null) {
    try {
      const viaNginx = `http://127.0.0.1:${nginx.port}`;
      await concurrentStreams(viaNginx, 20);
      const n0 = await nginx.rss();
      await concurrentStreams(viaNginx, 200);
      nginxGrown = (await nginx.rss()) - n0;
    } finally {
      await nginx.stop();
    }
  }
  report(
    BENCH,
    "controller RSS growth over 200 concurrent streams",
    grown / 1e6,
    "MB",
    "nginx",
    nginxGrown / 1e6,
    { target: `≤ 60 MB (${split(before, afterFirst)})` },
  );
  report(
    BENCH,
    "controller RSS growth over a second burst of 200",
    grownAgain / 1e6,
    "MB",
    "nginx (first burst)",
    nginxGrown / 1e6,
    { target: `≈ 0 (no retention) (${split(afterFirst, afterSecond)})` },
  );
} finally {
  await stop(ctrl2);
  await stop(slow);
}
