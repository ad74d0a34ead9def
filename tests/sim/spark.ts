/**
 * One simulated DGX Spark: an SSH server (ssh2's `Server` on a loopback
 * address, its own ed25519 host key) whose exec requests run in a real
 * `bash` inside a per-host directory holding a fake root (`/proc`, `/sys`,
 * `/etc`), fake tools first on PATH (`docker`, `nvidia-smi`, `ip`, …) and a
 * home directory. See tests/sim/README.md for the layout.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import ssh2 from "ssh2";
import type { AuthenticationType, Connection, ParsedKey, ServerChannel } from "ssh2";
import { sshFingerprint } from "../../lib/cluster/fingerprint.ts";
import { generateEd25519KeyPair } from "../../lib/keys/mod.ts";

const { Server, utils } = ssh2;

/** The repository root and the simulator's own folders, resolved from this module. */
export const SIM_DIR = fileURLToPath(new URL(".", import.meta.url));
/** The repository root (where deno.json lives). */
export const REPO_DIR = fileURLToPath(new URL("../../", import.meta.url));
const TOOLS_DIR = join(SIM_DIR, "tools");
const EUGR_DIR = join(SIM_DIR, "eugr");
const SERVICES_DIR = join(SIM_DIR, "services");

/** OpenSSH's default `MaxSessions`: channels beyond it are refused. */
export const MAX_SESSIONS = 10;
/** About 119.7 GiB, the MemTotal of a GB10 Spark, in kB. */
export const MEM_TOTAL_KB = 125_513_944;
const OS_USED_KB = 4_200_000;

/** One exec request the host received. */
export interface CommandLogEntry {
  command: string;
  user: string;
  atMs: number;
  /** Null while running or when killed by a signal. */
  exitCode: number | null;
  signal: string | null;
  endMs: number | null;
}

/** VPN variants (CONTRACTS.md §4). */
export type VpnMode = "none" | "tailscale" | "wireguard";

/** State of one CX7 interface. */
export interface LinkState {
  operstate: "up" | "down";
  speed: number;
  mtu: number;
}

/** Options of {@link startSimSpark}. */
export interface SimSparkOptions {
  id: string;
  /** A 127.0.0.0/8 address. */
  address: string;
  role: "head" | "worker";
  /** The cluster's shared temp dir (holds `nodes/<ip>` links). */
  clusterDir: string;
  /** Login user (default `spark`). */
  user?: string;
  /** Public key lines written to `~/.ssh/authorized_keys`. */
  authorizedKeys: string[];
  /** Accept this user/password once (for the "install the controller key" flow). */
  acceptPasswordOnce?: { user: string; password: string };
  /** Requested port → port really used on this host (fake services cannot all bind 8888). */
  portMap?: Record<number, number>;
  vpn?: VpnMode;
  /** Multiplies recipe load times (1 = as written). */
  loadScale?: number;
  /** HF ids whose weights are "downloaded" on this host. */
  models?: string[];
  /** SSH port; 0 (default) picks a free one. */
  sshPort?: number;
}

/** A running simulated Spark. */
export interface SimSpark {
  id: string;
  address: string;
  sshPort: number;
  user: string;
  /** `SHA256:…` of the host key, as `ssh-keygen -l` prints it. */
  fingerprint: string;
  /** The host's directory (fake root, home, state, docker). */
  dir: string;
  home: string;
  root: string;
  /** Every exec request so far, oldest first. */
  commandLog(): CommandLogEntry[];
  /** Environment each exec gets (HOME, USER, PATH, SPARK_ROOT, SIM_*). */
  env: Record<string, string>;
  /** Runs a script locally as this host (not through SSH, not logged). */
  sh(script: string): Promise<{ code: number; stdout: string; stderr: string }>;
  // Faults and knobs
  /** Closes (true) or reopens (false) the SSH listener; the head's worker probe fails too. */
  refuseConnections(on: boolean): Promise<void>;
  /** Drops every open SSH connection at once (like a network cut). */
  dropSessions(): void;
  /** Delay added before every exec starts. */
  latencyMs: number;
  /** Uptime resets, every container stops; restart-policy containers come back. */
  reboot(): Promise<void>;
  setLink(iface: string, state: Partial<LinkState>): Promise<void>;
  setVpn(mode: VpnMode): Promise<void>;
  setGpuDriverFailure(on: boolean): Promise<void>;
  /** Failure injected into the next vLLM start on this host. */
  setVllmFailure(failure: "oom" | "engine-death" | "nccl-hang" | null): Promise<void>;
  /** Replaces the ID of a local image (to make images differ across nodes), or removes it (null). */
  setImage(name: string, id: string | null): Promise<void>;
  /** Rewrites /proc files (memory, uptime, load) from the containers' state. */
  refresh(): Promise<void>;
  close(): Promise<void>;
  /** Last-resort cleanup for exit handlers: SIGKILLs every container and command, synchronously. */
  killSync(): void;
}

/** Images every Spark has: name, the service the image runs, default port, memory. */
const IMAGES: { name: string; service: string; port?: number; memKb: number }[] = [
  { name: "vllm-node", service: "vllm", memKb: 0 },
  { name: "parakeet-asr:latest", service: "parakeet", port: 8000, memKb: 6_500_000 },
  { name: "kokoro:latest", service: "kokoro", port: 8880, memKb: 2_100_000 },
  { name: "spark-embed:latest", service: "embed", port: 8088, memKb: 4_400_000 },
  { name: "qdrant:latest", service: "qdrant", port: 6333, memKb: 900_000 },
  { name: "matrix-bridge:latest", service: "bot", memKb: 260_000 },
];

/** CX7 interfaces as DGX OS names them (each QSFP port shows as two). */
export const CX7_INTERFACES = ["enp1s0f1np1", "enP2p1s0f1np1"];

/** Where deno keeps its cache: container processes (fake services) need the same one. */
async function denoDir(): Promise<string> {
  const fromEnv = Deno.env.get("DENO_DIR");
  if (fromEnv) return fromEnv;
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json"],
    stdout: "piped",
    stderr: "null",
    env: { NO_COLOR: "1" },
  }).output();
  return JSON.parse(new TextDecoder().decode(out.stdout)).denoDir;
}
let denoDirCache: Promise<string> | null = null;

function imageFile(name: string): string {
  return name.replace(/[/:]/g, "_");
}

function imageId(name: string, salt = ""): string {
  let h = 0x811c9dc5;
  const text = `${name}${salt}`;
  let hex = "";
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i) + round;
      h = Math.imul(h, 0x01000193);
    }
    hex += (h >>> 0).toString(16).padStart(8, "0");
  }
  return `sha256:${hex}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts one simulated Spark (its SSH server listens before this resolves). */
export async function startSimSpark(opts: SimSparkOptions): Promise<SimSpark> {
  if (!/^127\.\d+\.\d+\.\d+$/.test(opts.address)) {
    throw new RangeError(`A simulated Spark must use a 127.0.0.0/8 address, not "${opts.address}"`);
  }
  const user = opts.user ?? "spark";
  const dir = join(opts.clusterDir, opts.id);
  const home = join(dir, "home", user);
  const root = join(dir, "root");
  const bin = join(dir, "bin");
  const state = join(dir, "state");
  const dockerDir = join(dir, "docker");
  const hostIndex = Number(opts.address.split(".")[3]);
  let bootMs = Date.now() - (3 * 86_400_000 + hostIndex * 3_600_000);

  // --- files -------------------------------------------------------------
  for (const d of [bin, state, join(dockerDir, "containers"), join(dockerDir, "images"), home]) {
    await Deno.mkdir(d, { recursive: true });
  }
  await Deno.mkdir(join(home, ".ssh"), { recursive: true, mode: 0o700 });
  await Deno.writeTextFile(
    join(home, ".ssh", "authorized_keys"),
    opts.authorizedKeys.join("\n") + "\n",
    {
      mode: 0o600,
    },
  );
  await Deno.mkdir(join(home, ".cache", "vllm"), { recursive: true });
  for (const model of opts.models ?? []) {
    const snap = join(
      home,
      ".cache",
      "huggingface",
      "hub",
      `models--${model.replace("/", "--")}`,
      "snapshots",
      "0123456789abcdef",
    );
    await Deno.mkdir(snap, { recursive: true });
    await Deno.writeTextFile(join(snap, "config.json"), `{"_name_or_path":"${model}"}\n`);
  }
  for (const tool of ["docker", "nvidia-smi", "df", "ip", "uname", "ibdev2netdev"]) {
    await Deno.symlink(join(TOOLS_DIR, tool), join(bin, tool));
  }
  if (opts.role === "head") {
    const repo = join(home, "spark-vllm-docker");
    await Deno.mkdir(join(repo, "recipes"), { recursive: true });
    for await (const e of Deno.readDir(EUGR_DIR)) {
      if (e.isFile) await Deno.copyFile(join(EUGR_DIR, e.name), join(repo, e.name));
    }
    for await (const e of Deno.readDir(join(EUGR_DIR, "recipes"))) {
      await Deno.copyFile(join(EUGR_DIR, "recipes", e.name), join(repo, "recipes", e.name));
    }
    for (const s of ["launch-cluster.sh", "run-recipe.sh"]) await Deno.chmod(join(repo, s), 0o755);
  }
  for (const img of IMAGES) {
    await Deno.writeTextFile(
      join(dockerDir, "images", imageFile(img.name)),
      `name=${img.name}\nid=${imageId(img.name)}\nservice=${img.service}\n` +
        (img.port ? `port=${img.port}\n` : "") + `mem_kb=${img.memKb}\n`,
    );
  }
  await writeRoot();
  await Deno.writeTextFile(
    join(state, "disk"),
    `${3_700_000_000_000} ${(1_200_000_000_000 + hostIndex * 1e11).toFixed(0)} ${
      (2_500_000_000_000 - hostIndex * 1e11).toFixed(0)
    }\n`,
  );
  await Deno.writeTextFile(join(state, "tool.log"), "");
  await Deno.writeTextFile(
    join(state, "ports"),
    Object.entries(opts.portMap ?? {}).map(([from, to]) => `${from} ${to}\n`).join(""),
  );

  denoDirCache ??= denoDir();
  const env: Record<string, string> = {
    HOME: home,
    USER: user,
    LOGNAME: user,
    SHELL: "/bin/bash",
    PATH: `${bin}:/usr/bin:/bin`,
    LANG: "C.UTF-8",
    SPARK_ROOT: root,
    SIM_HOST_ID: opts.id,
    SIM_HOST_IP: opts.address,
    SIM_HOST_DIR: dir,
    SIM_CLUSTER: opts.clusterDir,
    SIM_REPO: REPO_DIR,
    SIM_SERVICES: SERVICES_DIR,
    SIM_DENO: Deno.execPath(),
    SIM_LOAD_PERMILLE: String(Math.round((opts.loadScale ?? 1) * 1000)),
    DENO_DIR: await denoDirCache,
    DENO_NO_UPDATE_CHECK: "1",
    NO_COLOR: "1",
  };
  await Deno.writeTextFile(
    join(dir, "env.sh"),
    Object.entries(env).map(([k, v]) => `export ${k}='${v.replaceAll("'", `'\\''`)}'\n`).join(""),
  );
  await Deno.mkdir(join(opts.clusterDir, "nodes"), { recursive: true });
  await Deno.symlink(dir, join(opts.clusterDir, "nodes", opts.address));

  async function writeRoot(): Promise<void> {
    const w = async (path: string, text: string) => {
      const full = join(root, path);
      await Deno.mkdir(join(full, ".."), { recursive: true });
      await Deno.writeTextFile(full, text);
    };
    await w("proc/meminfo.base", `MemTotal:       ${MEM_TOTAL_KB} kB\n`);
    await w(
      "etc/dgx-release",
      [
        `DGX_NAME="DGX Spark"`,
        `DGX_PRETTY_NAME="NVIDIA DGX Spark"`,
        `DGX_SWBUILD_DATE="2025-09-10-13-50-03"`,
        `DGX_SWBUILD_VERSION="7.2.3"`,
        `DGX_COMMIT_ID="0000000"`,
        `DGX_SERIAL_NUMBER="SIM000000${hostIndex}"`,
        `DGX_OTA_VERSION="7.3.1"`,
        `DGX_OTA_DATE="Tue Jan 13 10:21:07 UTC 2026"`,
        "",
      ].join("\n"),
    );
    await w("sys/devices/virtual/dmi/id/product_name", "NVIDIA_DGX_Spark\n");
    const zones = ["acpitz", "acpitz", "acpitz"];
    for (const [i, type] of zones.entries()) {
      await w(`sys/class/thermal/thermal_zone${i}/type`, `${type}\n`);
      await w(`sys/class/thermal/thermal_zone${i}/temp`, `${41000 + i * 1000}\n`);
    }
    const hwmon: [string, number[]][] = [
      ["acpitz", [42000]],
      ["nvme", [39850, 39850, 45850]],
      ["mlx5", [52000]],
      ["mt7925_phy0", [44000]],
    ];
    for (const [i, [name, temps]] of hwmon.entries()) {
      await w(`sys/class/hwmon/hwmon${i}/name`, `${name}\n`);
      for (const [j, t] of temps.entries()) {
        await w(`sys/class/hwmon/hwmon${i}/temp${j + 1}_input`, `${t}\n`);
      }
    }
    for (const [i, iface] of CX7_INTERFACES.entries()) {
      await w(`sys/class/net/${iface}/operstate`, "up\n");
      await w(`sys/class/net/${iface}/speed`, "200000\n");
      await w(`sys/class/net/${iface}/mtu`, "9000\n");
      await w(`sys/class/net/${iface}/sim_ibdev`, `${i === 0 ? "rocep1s0f1" : "roceP2p1s0f1"}\n`);
      await w(`sys/class/net/${iface}/sim_addr`, `198.51.100.${hostIndex * 10 + i}\n`);
    }
    await w("sys/class/net/enP7s7/operstate", "up\n");
    await w("sys/class/net/enP7s7/speed", "10000\n");
    await w("sys/class/net/enP7s7/mtu", "1500\n");
  }

  // --- dynamic /proc ---------------------------------------------------------
  async function readText(path: string): Promise<string | null> {
    try {
      return (await Deno.readTextFile(path)).trim();
    } catch {
      return null;
    }
  }

  /** Readers (`cat` in a concurrent exec) must never see a half-written file. */
  async function atomicWrite(path: string, text: string): Promise<void> {
    const tmp = `${path}.${crypto.randomUUID()}.tmp`;
    await Deno.writeTextFile(tmp, text);
    await Deno.rename(tmp, path);
  }

  async function refresh(): Promise<void> {
    const now = Date.now();
    let usedKb = OS_USED_KB;
    let vllmLoading = false;
    let vllmLoaded = false;
    let running = 0;
    const cdir = join(dockerDir, "containers");
    for await (const e of Deno.readDir(cdir)) {
      const c = join(cdir, e.name);
      if (await readText(join(c, "status")) !== "running") continue;
      const pid = Number(await readText(join(c, "pid")));
      if (!pid || !alive(pid)) continue;
      running++;
      const mem = Number(await readText(join(c, "mem_kb")) ?? 0);
      const startedMs = Number(await readText(join(c, "started_us")) ?? 0) / 1000;
      const loadMs = Number(await readText(join(c, "load_ms")) ?? 0);
      const isVllm = await readText(join(c, "vllm")) !== null;
      if (isVllm) {
        // vLLM maps weights first, then pre-allocates the KV cache: "used" climbs, then stays flat.
        const frac = loadMs > 0 ? Math.min(1, (now - startedMs) / loadMs) : 1;
        usedKb += Math.round(mem * (0.15 + 0.85 * frac));
        if (frac < 1) vllmLoading = true;
        else vllmLoaded = true;
      } else {
        usedKb += mem;
      }
    }
    const availKb = Math.max(300_000, MEM_TOTAL_KB - usedKb);
    const cached = 6_000_000 + (hostIndex * 137_000) % 900_000;
    const meminfo = [
      ["MemTotal", MEM_TOTAL_KB],
      ["MemFree", Math.max(100_000, availKb - cached)],
      ["MemAvailable", availKb],
      ["Buffers", 412_344],
      ["Cached", cached],
      ["SwapCached", 0],
      ["Active", Math.round(usedKb * 0.6)],
      ["Inactive", Math.round(cached * 0.7)],
      ["SwapTotal", 16_777_212],
      ["SwapFree", 16_777_212],
      ["Shmem", 120_400],
    ].map(([k, v]) => `${`${k}:`.padEnd(16)}${String(v).padStart(9)} kB`).join("\n") + "\n";
    const uptime = (now - bootMs) / 1000;
    const load = vllmLoading ? 6.2 : vllmLoaded ? 1.4 : 0.3;
    const jitter = ((now / 1000) % 7) / 20;
    await atomicWrite(join(root, "proc", "meminfo"), meminfo);
    await atomicWrite(
      join(root, "proc", "uptime"),
      `${uptime.toFixed(2)} ${(uptime * 18.3).toFixed(2)}\n`,
    );
    await atomicWrite(
      join(root, "proc", "loadavg"),
      `${(load + jitter).toFixed(2)} ${(load * 0.9).toFixed(2)} ${(load * 0.8).toFixed(2)} ${
        running + 1
      }/${812 + running * 40} ${40_000 + (Math.floor(now / 1000) % 9000)}\n`,
    );
    const util = vllmLoading ? 88 : vllmLoaded ? 4 + Math.floor(jitter * 20) : 0;
    const temp = vllmLoading ? 64 : vllmLoaded ? 49 : 38;
    const power = vllmLoading ? 61.4 : vllmLoaded ? 24.7 : 4.8;
    const clock = vllmLoading || vllmLoaded ? 2418 : 208;
    await atomicWrite(join(state, "gpu"), `${util} ${temp + hostIndex} ${power} ${clock}\n`);
    await atomicWrite(
      join(root, "sys", "class", "thermal", "thermal_zone0", "temp"),
      `${(temp + 3) * 1000}\n`,
    );
  }

  async function setVpn(mode: VpnMode): Promise<void> {
    const ip = `192.0.2.${100 + hostIndex}`;
    await Deno.writeTextFile(join(state, "vpn"), `${mode} ${ip}\n`);
    const link = join(bin, "tailscale");
    await Deno.remove(link).catch(() => {});
    // `tailscale` is on PATH only when Tailscale is installed.
    if (mode === "tailscale") await Deno.symlink(join(TOOLS_DIR, "tailscale"), link);
  }
  await setVpn(opts.vpn ?? "none");
  await refresh();

  // --- SSH server --------------------------------------------------------------
  const hostKey = generateEd25519KeyPair("sim-host");
  const parsedHost = utils.parseKey(hostKey.public) as ParsedKey;
  const fingerprint = sshFingerprint(parsedHost.getPublicSSH());
  const log: CommandLogEntry[] = [];
  const clients = new Set<Connection>();
  const children = new Set<{ pid: number; done: Promise<unknown> }>();
  let passwordUsed = false;
  let closed = false;

  async function authorizedKeys(): Promise<ParsedKey[]> {
    const text = await readText(join(home, ".ssh", "authorized_keys")) ?? "";
    const keys: ParsedKey[] = [];
    for (const line of text.split("\n")) {
      if (line.trim() === "" || line.startsWith("#")) continue;
      const k = utils.parseKey(line);
      if (!(k instanceof Error)) keys.push(Array.isArray(k) ? k[0] : k);
    }
    return keys;
  }

  const server = new Server({ hostKeys: [hostKey.private] }, (client: Connection) => {
    clients.add(client);
    let sessions = 0;
    let authedUser = "";
    client.on("error", () => {
      // Clients vanish mid-handshake in fault tests; the connection just ends.
    });
    client.on("close", () => clients.delete(client));
    client.on("authentication", async (ctx) => {
      const methods: AuthenticationType[] = opts.acceptPasswordOnce && !passwordUsed
        ? ["publickey", "password"]
        : ["publickey"];
      if (ctx.username !== user) return ctx.reject(methods);
      if (ctx.method === "publickey") {
        const keys = await authorizedKeys();
        const match = keys.find((k) =>
          k.type === ctx.key.algo && Buffer.from(k.getPublicSSH()).equals(ctx.key.data)
        );
        if (match && (!ctx.signature || match.verify(ctx.blob!, ctx.signature, ctx.hashAlgo))) {
          authedUser = ctx.username;
          return ctx.accept();
        }
      }
      if (
        ctx.method === "password" && opts.acceptPasswordOnce && !passwordUsed &&
        ctx.username === opts.acceptPasswordOnce.user &&
        ctx.password === opts.acceptPasswordOnce.password
      ) {
        passwordUsed = true;
        authedUser = ctx.username;
        return ctx.accept();
      }
      ctx.reject(methods);
    });
    client.on("ready", () => {
      client.on("session", (accept, reject) => {
        if (sessions >= MAX_SESSIONS) return reject();
        sessions++;
        const session = accept();
        session.on("close", () => sessions--);
        session.on("env", (acc) => acc?.());
        session.on("pty", (_acc, rej) => rej?.());
        session.on("shell", (_acc, rej) => rej());
        let current: { pid: number } | null = null;
        session.on("signal", (acc, _rej, info) => {
          acc?.();
          if (current) killGroup(current.pid, `SIG${info.name}` as Deno.Signal);
        });
        session.on("exec", (acc, _rej, info) => {
          const channel = acc();
          void exec(channel, info.command, authedUser, (pid) => (current = { pid }));
        });
      });
    });
  });

  function killGroup(pid: number, signal: Deno.Signal): void {
    try {
      Deno.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  }

  async function exec(
    channel: ServerChannel,
    command: string,
    who: string,
    onPid: (pid: number) => void,
  ): Promise<void> {
    const entry: CommandLogEntry = {
      command,
      user: who,
      atMs: Date.now(),
      exitCode: null,
      signal: null,
      endMs: null,
    };
    log.push(entry);
    let channelClosed = false;
    channel.on("close", () => (channelClosed = true));
    if (host.latencyMs > 0) await new Promise((r) => setTimeout(r, host.latencyMs));
    await refresh().catch(() => {});
    if (channelClosed || closed) return;
    // setsid: the command leads its own process group, so closing the channel ends all of it.
    const child = new Deno.Command("setsid", {
      args: ["bash", "-c", command],
      cwd: home,
      clearEnv: true,
      env,
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    onPid(child.pid);
    const record = { pid: child.pid, done: child.status };
    children.add(record);
    const stdin = child.stdin.getWriter();
    channel.on("data", (d: Uint8Array) => void stdin.write(d).catch(() => {}));
    channel.on("end", () => void stdin.close().catch(() => {}));
    let killTimer: ReturnType<typeof setTimeout> | undefined;
    channel.on("close", () => {
      killGroup(child.pid, "SIGHUP");
      killGroup(child.pid, "SIGTERM");
      killTimer = setTimeout(() => killGroup(child.pid, "SIGKILL"), 2000);
    });
    const pump = async (src: ReadableStream<Uint8Array>, write: (b: Uint8Array) => void) => {
      for await (const chunk of src) {
        if (!channelClosed) write(chunk);
      }
    };
    await Promise.all([
      pump(child.stdout, (b) => channel.write(b)),
      pump(child.stderr, (b) => channel.stderr.write(b)),
    ]).catch(() => {
      // The channel went away mid-write; the process group is being killed.
    });
    const status = await child.status;
    await stdin.close().catch(() => {});
    clearTimeout(killTimer);
    children.delete(record);
    entry.exitCode = status.signal ? null : status.code;
    entry.signal = status.signal ? status.signal.replace(/^SIG/, "") : null;
    entry.endMs = Date.now();
    if (channelClosed) return;
    if (entry.signal) channel.exit(entry.signal, false, "");
    else channel.exit(status.code);
    channel.end();
  }

  let sshPort = opts.sshPort ?? 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(sshPort, opts.address, () => {
        server.off("error", reject);
        sshPort = (server.address() as { port: number }).port;
        resolve();
      });
    });
  const unlisten = () => new Promise<void>((resolve) => server.close(() => resolve()));
  await listen();
  let listening = true;

  async function sh(script: string) {
    const out = await new Deno.Command("bash", {
      args: ["-c", script],
      cwd: home,
      clearEnv: true,
      env,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    const dec = new TextDecoder();
    return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
  }

  async function containerPids(): Promise<{ name: string; pid: number }[]> {
    const out: { name: string; pid: number }[] = [];
    const cdir = join(dockerDir, "containers");
    for await (const e of Deno.readDir(cdir)) {
      const pid = Number(await readText(join(cdir, e.name, "pid")));
      if (pid && alive(pid)) out.push({ name: e.name, pid });
    }
    return out;
  }

  async function killContainers(): Promise<void> {
    const pids = await containerPids();
    for (const { pid } of pids) killGroup(pid, "SIGTERM");
    const deadline = Date.now() + 3000;
    while (pids.some((p) => alive(p.pid)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    for (const { pid } of pids) if (alive(pid)) killGroup(pid, "SIGKILL");
  }

  const host: SimSpark = {
    id: opts.id,
    address: opts.address,
    get sshPort() {
      return sshPort;
    },
    user,
    fingerprint,
    dir,
    home,
    root,
    env,
    latencyMs: 0,
    commandLog: () => log.map((e) => ({ ...e })),
    sh,
    async refuseConnections(on) {
      if (on) await Deno.writeTextFile(join(state, "ssh_down"), "");
      else await Deno.remove(join(state, "ssh_down")).catch(() => {});
      if (on && listening) {
        listening = false;
        await unlisten();
      } else if (!on && !listening) {
        await listen();
        listening = true;
      }
    },
    dropSessions() {
      for (const c of clients) {
        // Abrupt, like a cable pulled: no SSH disconnect message.
        (c as unknown as { _sock?: { destroy(): void } })._sock?.destroy();
        c.end();
      }
    },
    async reboot() {
      host.dropSessions();
      await killContainers();
      await sh("docker ps -a -q >/dev/null");
      bootMs = Date.now();
      // Containers with a restart policy come back after boot, as dockerd does.
      await sh(
        `for d in "$SIM_HOST_DIR"/docker/containers/*/; do [ -d "$d" ] || continue; ` +
          `case $(cat "$d/restart") in always|unless-stopped) docker start "$(basename "$d")" >/dev/null;; esac; done`,
      );
      await refresh();
    },
    async setLink(iface, s) {
      const base = join(root, "sys", "class", "net", iface);
      if (s.operstate) await Deno.writeTextFile(join(base, "operstate"), `${s.operstate}\n`);
      if (s.speed !== undefined) await Deno.writeTextFile(join(base, "speed"), `${s.speed}\n`);
      if (s.mtu !== undefined) await Deno.writeTextFile(join(base, "mtu"), `${s.mtu}\n`);
    },
    setVpn,
    async setGpuDriverFailure(on) {
      if (on) await Deno.writeTextFile(join(state, "gpu_driver_failed"), "");
      else await Deno.remove(join(state, "gpu_driver_failed")).catch(() => {});
    },
    async setVllmFailure(failure) {
      if (failure) await Deno.writeTextFile(join(state, "vllm_failure"), failure);
      else await Deno.remove(join(state, "vllm_failure")).catch(() => {});
    },
    async setImage(name, id) {
      const file = join(dockerDir, "images", imageFile(name));
      if (id === null) {
        await Deno.remove(file).catch(() => {});
        return;
      }
      const svc = IMAGES.find((i) => i.name === name)?.service ?? "vllm";
      await Deno.writeTextFile(file, `name=${name}\nid=${id}\nservice=${svc}\nmem_kb=0\n`);
    },
    refresh,
    killSync() {
      for (const c of children) killGroup(c.pid, "SIGKILL");
      try {
        for (const e of Deno.readDirSync(join(dockerDir, "containers"))) {
          try {
            const pid = Number(Deno.readTextFileSync(join(dockerDir, "containers", e.name, "pid")));
            if (pid) killGroup(pid, "SIGKILL");
          } catch {
            // A container without a pid file never started.
          }
        }
      } catch {
        // The host directory is already gone.
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      host.dropSessions();
      if (listening) await unlisten();
      for (const c of children) killGroup(c.pid, "SIGKILL");
      await Promise.all([...children].map((c) => c.done));
      await killContainers();
    },
  };
  return host;
}
