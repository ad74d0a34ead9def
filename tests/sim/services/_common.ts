/**
 * The shared harness of every fake HTTP service in the simulated cluster:
 * request log, injectable faults, profiles, latency, and a control API on
 * the same port (`/__sim/*`) so that processes spawned by the fake `docker`
 * can be driven from tests.
 *
 * @module
 */

/** A fault the next requests (or the listener) suffer; see CONTRACTS.md §12. */
export type Fault =
  /** Answer this status `count` times (default: until cleared). */
  | { kind: "status"; status: number; retryAfterS?: number; body?: unknown; count?: number }
  /** Close the listener (connection refused); reopen after `forMs` or when cleared. */
  | { kind: "refuse"; forMs?: number }
  /** Send headers and part of the body, then abort the connection. */
  | { kind: "reset-mid-body" }
  /** Wait `ms` before handling the request. */
  | { kind: "slow-first-byte"; ms: number }
  /** Never answer (until the client aborts or the service closes). */
  | { kind: "hang" };

/** One request as the service received it. */
export interface RecordedRequest {
  method: string;
  /** Raw path + query exactly as the client sent it (no `..` or `%2e` normalisation). */
  target: string;
  headers: Record<string, string>;
  bodyBytes: number;
  atMs: number;
}

/** A running fake service. */
export interface FakeService {
  name: string;
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  port: number;
  /** Every request except the control API's, oldest first. */
  requests: RecordedRequest[];
  /** Sets (or clears, with null) the current fault. */
  setFault(f: Fault | null): void;
  /** Switches the variant this service imitates (meaning is per service). */
  setProfile(p: string): void;
  profile: string;
  /** Added before every handled request. */
  latencyMs: number;
  /** Counters a service may keep (e.g. vLLM's `aborted`); exposed by `GET /__sim/state`. */
  stats: Record<string, number>;
  /** The current fault, or null. */
  fault: Fault | null;
  /** True while connections are accepted. */
  readonly listening: boolean;
  /**
   * Keeps the listener closed while any reason holds it (a `refuse` fault
   * is one reason, vLLM's "loading" another); reopens on the same port.
   */
  hold(reason: string, closed: boolean): Promise<void>;
  /** Aborts when the service closes: long waits in handlers listen to it. */
  closing: AbortSignal;
  /** Adds to a counter in `stats` and wakes {@link FakeService.waitForStat} callers. */
  bump(stat: string, by?: number): void;
  /** Resolves once `stats[stat]` satisfies `pred` (default: > 0). */
  waitForStat(stat: string, pred?: (value: number) => boolean): Promise<number>;
  /** Resolves with the next recorded request matching `pred` (await the event, never sleep). */
  nextRequest(pred?: (r: RecordedRequest) => boolean): Promise<RecordedRequest>;
  /** Appends a line to the service's log file, if it has one (container log). */
  log(line: string): void;
  close(): Promise<void>;
}

/** Options every fake accepts. */
export interface FakeServiceOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback only; default 127.0.0.1. */
  hostname?: string;
  profile?: string;
  latencyMs?: number;
  /** A file that stands for the container log (`docker logs`). */
  logFile?: string;
  /** Start with the listener closed under this hold reason (the port is still reserved). */
  startHeld?: string;
  /** Write uvicorn-style access lines to the log file (default true). */
  accessLog?: boolean;
  /** Extra `/__sim/*` routes of one service; return null to fall through to 404. */
  control?: (req: Request, path: string) => Response | null | Promise<Response | null>;
}

const CONTROL_PREFIX = "/__sim/";

/** True for 127.0.0.0/8, ::1 and localhost: fakes never listen anywhere else. */
export function isLoopback(hostname: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) || hostname === "::1" ||
    hostname === "localhost";
}

/** The raw request target of a `Deno.serve` request: everything after the authority. */
export function rawTarget(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  const rest = m ? url.slice(m[0].length) : url;
  return rest === "" ? "/" : rest;
}

/** A JSON response (services share this helper). */
export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...Object.fromEntries(new Headers(headers)) },
  });
}

/** Resolves after `ms`, or early (without throwing) when `signal` aborts. */
export function delay(ms: number, ...signals: (AbortSignal | undefined)[]): Promise<void> {
  return new Promise((resolve) => {
    const live = signals.filter((s): s is AbortSignal => s !== undefined);
    if (ms <= 0 || live.some((s) => s.aborted)) return resolve();
    const done = () => {
      clearTimeout(id);
      for (const s of live) s.removeEventListener("abort", done);
      resolve();
    };
    const id = setTimeout(done, ms);
    for (const s of live) s.addEventListener("abort", done, { once: true });
  });
}

/** Starts a fake service around `handler`, with faults, logging and the control API. */
export async function startFakeService(
  name: string,
  handler: (req: Request, svc: FakeService) => Response | Promise<Response>,
  opts: FakeServiceOptions = {},
): Promise<FakeService> {
  const hostname = opts.hostname ?? "127.0.0.1";
  if (!isLoopback(hostname)) {
    throw new RangeError(`Fake service "${name}" may only listen on loopback, not "${hostname}"`);
  }
  const closingCtl = new AbortController();
  const holds = new Set<string>();
  let server: Deno.HttpServer<Deno.NetAddr> | null = null;
  let port = opts.port ?? 0;
  let refuseTimer: ReturnType<typeof setTimeout> | undefined;
  let logFile: Deno.FsFile | null = null;
  if (opts.logFile) {
    logFile = await Deno.open(opts.logFile, { append: true, create: true });
  }
  const encoder = new TextEncoder();
  const statWaiters: {
    stat: string;
    pred: (v: number) => boolean;
    resolve: (v: number) => void;
  }[] = [];
  const waiters: {
    pred: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }[] = [];
  // Serialises listener changes so a quick refuse/clear pair cannot race.
  let transition: Promise<void> = Promise.resolve();

  const svc: FakeService = {
    name,
    url: "",
    port: 0,
    requests: [],
    profile: opts.profile ?? "default",
    latencyMs: opts.latencyMs ?? 0,
    stats: {},
    fault: null,
    get listening() {
      return server !== null;
    },
    closing: closingCtl.signal,
    setFault(f) {
      const previous = svc.fault;
      svc.fault = f;
      clearTimeout(refuseTimer);
      if (f?.kind === "refuse") {
        void svc.hold("fault", true);
        if (f.forMs !== undefined) {
          refuseTimer = setTimeout(() => {
            if (svc.fault === f) svc.setFault(null);
          }, f.forMs);
        }
      } else if (previous?.kind === "refuse") {
        void svc.hold("fault", false);
      }
    },
    setProfile(p) {
      svc.profile = p;
    },
    bump(stat, by = 1) {
      svc.stats[stat] = (svc.stats[stat] ?? 0) + by;
      for (const w of statWaiters.splice(0)) {
        if (w.stat === stat && w.pred(svc.stats[stat])) w.resolve(svc.stats[stat]);
        else statWaiters.push(w);
      }
    },
    waitForStat(stat, pred = (v) => v > 0) {
      const now = svc.stats[stat] ?? 0;
      if (pred(now)) return Promise.resolve(now);
      return new Promise((resolve) => statWaiters.push({ stat, pred, resolve }));
    },
    nextRequest(pred = () => true) {
      return new Promise((resolve) => waiters.push({ pred, resolve }));
    },
    hold(reason, closed) {
      if (closed) holds.add(reason);
      else holds.delete(reason);
      transition = transition.then(sync);
      return transition;
    },
    log(line) {
      if (logFile === null) return;
      // Synchronous so lines keep their order across async handlers.
      logFile.writeSync(encoder.encode(line.endsWith("\n") ? line : line + "\n"));
    },
    async close() {
      if (closingCtl.signal.aborted) return;
      clearTimeout(refuseTimer);
      closingCtl.abort();
      holds.add("closed");
      transition = transition.then(sync);
      await transition;
      logFile?.close();
      logFile = null;
    },
  };

  async function sync(): Promise<void> {
    const wantOpen = holds.size === 0;
    if (wantOpen && server === null) {
      // Reopening keeps the service's port, which the kernel may have lent meanwhile as the
      // local port of another test's short-lived connection: wait for it, bounded (2 s).
      for (let attempt = 0;; attempt++) {
        try {
          server = Deno.serve(
            { hostname, port, onListen: () => {}, reusePort: false },
            (req, info) => handle(req, info),
          );
          break;
        } catch (err) {
          if (!(err instanceof Deno.errors.AddrInUse) || port === 0 || attempt >= 100) throw err;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
      port = server.addr.port;
    } else if (!wantOpen && server !== null) {
      const s = server;
      server = null;
      await s.shutdown();
    }
  }

  async function handle(
    req: Request,
    info: Deno.ServeHandlerInfo<Deno.NetAddr>,
  ): Promise<Response> {
    const target = rawTarget(req.url);
    if (target.startsWith(CONTROL_PREFIX)) return control(req, target);
    const record: RecordedRequest = {
      method: req.method,
      target,
      headers: Object.fromEntries(req.headers),
      bodyBytes: 0,
      atMs: Date.now(),
    };
    svc.requests.push(record);
    countBody(req, record);
    for (const w of waiters.splice(0)) {
      if (w.pred(record)) w.resolve(record);
      else waiters.push(w);
    }
    const res = await faulted(req);
    if (opts.accessLog !== false) {
      svc.log(
        `INFO:     ${info.remoteAddr.hostname}:${info.remoteAddr.port} - "${req.method} ${target} HTTP/1.1" ${res.status}`,
      );
    }
    return res;
  }

  async function faulted(req: Request): Promise<Response> {
    const f = svc.fault;
    if (svc.latencyMs > 0) await delay(svc.latencyMs, req.signal, svc.closing);
    if (f?.kind === "status") {
      if (f.count !== undefined) {
        const left = f.count - 1;
        if (left <= 0) svc.fault = null;
        else svc.fault = { ...f, count: left };
      }
      const headers: Record<string, string> = {};
      if (f.retryAfterS !== undefined) headers["retry-after"] = String(f.retryAfterS);
      return json(
        f.body ?? { error: { message: `${name}: injected ${f.status}` } },
        f.status,
        headers,
      );
    }
    if (f?.kind === "hang") {
      await delay(2 ** 31 - 1, req.signal, svc.closing);
      return new Response(null, { status: 503 });
    }
    if (f?.kind === "slow-first-byte") await delay(f.ms, req.signal, svc.closing);
    const res = await handler(req, svc);
    if (f?.kind === "reset-mid-body") return truncated(res);
    return res;
  }

  async function control(req: Request, target: string): Promise<Response> {
    const path = target.split("?")[0];
    if (req.method === "POST" && path === "/__sim/fault") {
      const f = await req.json() as Fault | null;
      // Answer first: a `refuse` fault closes the very listener serving this request.
      queueMicrotask(() => svc.setFault(f));
      return json({ ok: true });
    }
    if (req.method === "POST" && path === "/__sim/profile") {
      const { profile } = await req.json() as { profile: string };
      svc.setProfile(profile);
      return json({ ok: true, profile });
    }
    if (req.method === "POST" && path === "/__sim/latency") {
      const { ms } = await req.json() as { ms: number };
      svc.latencyMs = ms;
      return json({ ok: true, latencyMs: ms });
    }
    if (req.method === "GET" && path === "/__sim/requests") return json(svc.requests);
    if (req.method === "DELETE" && path === "/__sim/requests") {
      svc.requests.length = 0;
      return json({ ok: true });
    }
    if (req.method === "GET" && path === "/__sim/state") {
      return json({
        name,
        profile: svc.profile,
        latencyMs: svc.latencyMs,
        fault: svc.fault,
        stats: svc.stats,
        requests: svc.requests.length,
      });
    }
    const extra = opts.control ? await opts.control(req, path) : null;
    return extra ?? json({ error: `unknown control route ${req.method} ${path}` }, 404);
  }

  if (opts.startHeld) {
    // Reserve a concrete port, then keep it closed: like vLLM's bound-but-not-listening socket.
    if (port === 0) {
      const probe = Deno.listen({ hostname, port: 0 });
      port = (probe.addr as Deno.NetAddr).port;
      probe.close();
    }
    holds.add(opts.startHeld);
  }
  await svc.hold("init", false);
  svc.port = port;
  svc.url = `http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`;
  return svc;
}

/** Counts the request body without consuming the handler's copy. */
function countBody(req: Request, record: RecordedRequest): void {
  const length = req.headers.get("content-length");
  if (length !== null) {
    record.bodyBytes = Number(length);
    return;
  }
  if (req.body === null) return;
  const reader = req.clone().body!.getReader();
  (async () => {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      record.bodyBytes += value.byteLength;
    }
  })().catch(() => {
    // The client went away mid-body: the partial count is what arrived.
  });
}

/** Sends the headers and about half the body, then errors the stream (connection abort). */
function truncated(res: Response): Response {
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  const source = res.body;
  const body = new ReadableStream<Uint8Array>({
    async start(ctl) {
      if (source !== null) {
        const reader = source.getReader();
        const { value } = await reader.read();
        await reader.cancel().catch(() => {});
        if (value && value.byteLength > 0) {
          ctl.enqueue(value.subarray(0, Math.max(1, Math.floor(value.byteLength / 2))));
        }
      }
      // Let the partial chunk reach the socket before the abort.
      await delay(20);
      ctl.error(new Error("injected reset-mid-body"));
    },
  });
  return new Response(body, { status: res.status, headers });
}

/** Parses `--port N --host H --profile P --log FILE` (the fake `docker run` passes these). */
export function parseServiceArgs(argv: readonly string[]): FakeServiceOptions & {
  extra: Record<string, string>;
} {
  const out: FakeServiceOptions & { extra: Record<string, string> } = { extra: {} };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--port") out.port = Number(value());
    else if (flag === "--host") out.hostname = value();
    else if (flag === "--profile") out.profile = value();
    else if (flag === "--log") out.logFile = value();
    else if (flag === "--latency-ms") out.latencyMs = Number(value());
    else if (flag.startsWith("--")) out.extra[flag.slice(2)] = value();
  }
  return out;
}

/** Runs a service module as a process: parses its flags, prints `listening <port>`, exits on SIGTERM. */
export async function runAsMain(
  start: (opts: FakeServiceOptions & { extra?: Record<string, string> }) => Promise<FakeService>,
): Promise<void> {
  const opts = parseServiceArgs(Deno.args);
  const svc = await start(opts);
  const stop = async () => {
    await svc.close();
    Deno.exit(0);
  };
  Deno.addSignalListener("SIGTERM", stop);
  Deno.addSignalListener("SIGINT", stop);
  await Deno.stdout.write(new TextEncoder().encode(`listening ${svc.port}\n`));
}
