import { isIP } from "node:net";
import { z } from "zod";

/** A pinned SSH host key: OpenSSH's `SHA256:` + 43 base64 characters. */
export const FINGERPRINT_REGEXP = /^SHA256:[A-Za-z0-9+/]{43}$/;

/** Host ids are used in URLs and log lines: short, lower-case, no surprises. */
export const HOST_ID_REGEXP = /^[a-z][a-z0-9-]{0,31}$/;

/** A POSIX user name as Debian's adduser accepts it. */
export const USER_REGEXP = /^[a-z_][a-z0-9_-]{0,31}$/;

/** Kinds of service a host can run (CONTRACTS.md §1). */
export const SERVICE_KINDS = ["vllm", "asr", "tts", "embed", "qdrant", "bot"] as const;

/** One of {@link SERVICE_KINDS}. */
export type ServiceKind = typeof SERVICE_KINDS[number];

/** What the owner calls each service: the words the dashboard, logs and settings use. */
export const SERVICE_NAMES: Readonly<Record<ServiceKind, string>> = {
  vllm: "Language model (vLLM)",
  asr: "Speech to text (parakeet)",
  tts: "Text to speech (Kokoro)",
  embed: "Embeddings (spark-embed)",
  qdrant: "Search index (Qdrant)",
  bot: "Chat bridge bot",
};

/** Default ports from CONTRACTS.md; `bot` has no port (docker state only). */
export const DEFAULT_PORTS: Record<ServiceKind, number | null> = {
  vllm: 8888,
  asr: 8000,
  tts: 8880,
  embed: 8088,
  qdrant: 6333,
  bot: null,
};

/**
 * An address must be a literal IP. `.local` names are refused because mDNS
 * resolves IPv6-first and hangs; other host names are refused so that the
 * "audio never leaves the LAN" check can be made on the address itself.
 */
export const Address = z.string().trim().superRefine((value, ctx) => {
  if (value === "") return;
  if (value.toLowerCase().endsWith(".local")) {
    ctx.addIssue({
      code: "custom",
      message:
        `"${value}" is an mDNS name; use the Spark's IP address instead (.local names resolve slowly and can hang)`,
    });
  } else if (isIP(value) === 0) {
    ctx.addIssue({
      code: "custom",
      message: `"${value}" is not an IP address; enter the Spark's IP address, e.g. 192.0.2.10`,
    });
  }
});

/** A service running on a host. */
export const ServiceConfig = z.object({
  kind: z.enum(SERVICE_KINDS),
  /** HTTP port; absent for `bot`. */
  port: z.number().int().min(1).max(65535).nullable().default(null),
  /** Docker container name, for logs and docker-state checks. */
  container: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/).optional(),
});
/** A service running on a host. */
export type ServiceConfig = z.infer<typeof ServiceConfig>;

/** One Spark. */
export const HostConfig = z.object({
  id: z.string().regex(HOST_ID_REGEXP, "use lower-case letters, digits and dashes, e.g. spark1"),
  label: z.string().trim().min(1).max(40),
  /** IP address; empty means "not configured yet". */
  address: Address.default(""),
  sshPort: z.number().int().min(1).max(65535).default(22),
  sshUser: z.union([z.literal(""), z.string().regex(USER_REGEXP, "not a valid user name")]).default(
    "",
  ),
  /** Pinned host key; null until the owner trusts the key the host presents. */
  hostKeyFingerprint: z.string().regex(FINGERPRINT_REGEXP).nullable().default(null),
  /** `head` runs vLLM's head node; `worker` joins multi-node recipes. */
  role: z.enum(["head", "worker"]).default("worker"),
  services: z.array(ServiceConfig).default([]),
});
/** One Spark. */
export type HostConfig = z.infer<typeof HostConfig>;

/** A bounded admission queue for one upstream service. */
export const QueueConfig = z.object({
  concurrency: z.number().int().min(1).max(256),
  queue: z.number().int().min(0).max(10_000),
});

/** Hybrid search settings: the default collection, chunking, batch sizes, limits. */
export const SearchConfig = z.object({
  /** The collection behind the predecessor's `/api/search` (CONTRACTS.md §11.9). */
  collection: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/).default("crm_chunks"),
  /** Target chunk length in characters (cut on sentence boundaries). */
  chunkSize: z.number().int().min(100).max(20_000).default(1000),
  /** Characters of trailing sentences repeated in the next chunk. */
  chunkOverlap: z.number().int().min(0).max(5_000).default(150),
  /** Texts per `/v1/embeddings` call while indexing. */
  embedBatch: z.number().int().min(1).max(1024).default(128),
  /** Points per Qdrant upsert (whole documents are kept in one batch). */
  upsertBatch: z.number().int().min(1).max(4096).default(512),
  /** Candidates each of the dense and sparse prefetches returns before fusion. */
  prefetchLimit: z.number().int().min(1).max(1000).default(40),
  /** Candidates sent to the reranker when a query asks for rerank without a number. */
  rerankCandidates: z.number().int().min(1).max(200).default(20),
  /** Per-call timeout for Qdrant and spark-embed. */
  timeoutMs: z.number().int().min(100).max(600_000).default(30_000),
});

/** Speech pipeline settings (lib/speech, docs/AUDIO_API.md). */
export const SpeechConfig = z.object({
  /** Audio longer than this (s) is cut into chunks; parakeet handles ~24 min in one pass. */
  longAudioS: z.number().min(30).max(3600).default(1200),
  /** Chunk body (s); 60 s is used instead when more than 4 speakers are expected. */
  chunkBodyS: z.number().min(10).max(1200).default(150),
  /** Margin on each side of a chunk body (s). */
  chunkMarginS: z.number().min(0).max(120).default(15),
  /** Cosine-distance threshold for matching speakers across chunks. */
  clusterThreshold: z.number().gt(0).lt(2).default(0.7),
});

/** A model directory on the Spark, launched with `vllm serve <path>` instead of a recipe. */
export const LocalModel = z.object({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/),
  path: z.string().regex(/^(\/|~\/)[A-Za-z0-9._\/-]{1,1000}$/),
  description: z.string().max(200).optional(),
  tensorParallel: z.number().int().min(1).max(8).default(1),
});

/** Model swap bounds (lib/swap). */
export const SwapSettings = z.object({
  /** How long to wait for running requests to finish before stopping anyway. */
  drainMs: z.number().int().min(0).default(120_000),
  /** How long the stop may take before the swap fails. */
  stopMs: z.number().int().min(1_000).default(120_000),
  /** Load timeout for a recipe that never loaded before (first runs download and compile). */
  loadTimeoutDefaultMs: z.number().int().min(1_000).default(2_700_000),
  /** Bounds of the timeout learned from a recipe's history. */
  loadTimeoutMinMs: z.number().int().min(1_000).default(300_000),
  loadTimeoutMaxMs: z.number().int().min(1_000).default(3_600_000),
  /** Hugging Face cache on the Sparks (holds `hub/models--org--name`). */
  hfCacheDir: z.string().regex(/^[A-Za-z0-9_./~-]+$/).default("~/.cache/huggingface"),
  /** Local-path or fine-tuned models offered next to the recipes. */
  localModels: z.array(LocalModel).default([]),
});

/** The whole controller configuration, as stored in `<data>/config.json`. */
export const Config = z.object({
  version: z.literal(1).default(1),
  hosts: z.array(HostConfig).default(() => defaultHosts()).superRefine((hosts, ctx) => {
    const seen = new Set<string>();
    for (const [i, h] of hosts.entries()) {
      if (seen.has(h.id)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "id"],
          message: `host id "${h.id}" is used twice`,
        });
      }
      seen.add(h.id);
    }
    if (hosts.filter((h) => h.role === "head").length > 1) {
      ctx.addIssue({ code: "custom", message: "only one host can be the head node" });
    }
  }),
  /** Controller's SSH private key; default `<data>/ssh/id_ed25519`. */
  sshKeyPath: z.string().default(""),
  server: z.object({
    port: z.number().int().min(1).max(65535).default(9999),
    hostname: z.string().default("0.0.0.0"),
    /** Extra names the Host header may carry (DNS-rebinding defence). */
    allowedHosts: z.array(z.string().min(1)).default([]),
    /** Extra origins allowed to make state-changing requests. */
    allowedOrigins: z.array(z.string().url()).default([]),
  }).default({ port: 9999, hostname: "0.0.0.0", allowedHosts: [], allowedOrigins: [] }),
  auth: z.object({
    /** Bearer tokens for /v1, /api and /scrub; empty = off. */
    apiTokens: z.array(z.string().min(16)).default([]),
    /** scrypt hash of the dashboard password (`scrypt$<salt>$<hash>`); null = off. */
    dashboardPasswordHash: z.string().nullable().default(null),
  }).default({ apiTokens: [], dashboardPasswordHash: null }),
  vllm: z.object({
    /** eugr/spark-vllm-docker checkout on the head node. */
    repoDir: z.string().regex(/^[A-Za-z0-9_./~-]+$/).default("~/spark-vllm-docker"),
    container: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/).default("vllm_node"),
    image: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_./:-]{0,127}$/).default("vllm-node"),
  }).default({ repoDir: "~/spark-vllm-docker", container: "vllm_node", image: "vllm-node" }),
  gateway: z.object({
    queues: z.record(z.string(), QueueConfig).default({
      vllm: { concurrency: 32, queue: 256 },
      asr: { concurrency: 1, queue: 32 },
      diarize: { concurrency: 1, queue: 32 },
      tts: { concurrency: 4, queue: 64 },
      embed: { concurrency: 8, queue: 256 },
    }),
    /** How long a chat request waits for a swap to finish before 503. */
    swapWaitMs: z.number().int().min(0).default(600_000),
  }).default({
    queues: {
      vllm: { concurrency: 32, queue: 256 },
      asr: { concurrency: 1, queue: 32 },
      diarize: { concurrency: 1, queue: 32 },
      tts: { concurrency: 4, queue: 64 },
      embed: { concurrency: 8, queue: 256 },
    },
    swapWaitMs: 600_000,
  }),
  matrixBridge: z.object({
    /** The Spark 2 user that owns the bot; blank hides the tile. */
    user: z.union([z.literal(""), z.string().regex(USER_REGEXP)]).default(""),
    hostId: z.string().regex(HOST_ID_REGEXP).default("spark2"),
    container: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/).default("matrix-bridge"),
    repoDir: z.string().regex(/^[A-Za-z0-9_./~-]+$/).default("~/matrix-bridge"),
    branch: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/).default("main"),
  }).default({
    user: "",
    hostId: "spark2",
    container: "matrix-bridge",
    repoDir: "~/matrix-bridge",
    branch: "main",
  }),
  swap: SwapSettings.default(() => SwapSettings.parse({})),
  connectivity: z.object({
    retentionDays: z.number().int().min(1).max(3650).default(30),
  }).default({ retentionDays: 30 }),
  /** Hybrid search over Qdrant (lib/search, docs/EMBEDDINGS.md). */
  search: SearchConfig.default(() => SearchConfig.parse({})),
  /** Transcription, diarization, chunking and speaker matching (lib/speech). */
  speech: SpeechConfig.default(() => SpeechConfig.parse({})),
});
/** The whole controller configuration. */
export type Config = z.infer<typeof Config>;

/** The default two-Spark cluster: addresses blank until the owner configures them. */
export function defaultHosts(): HostConfig[] {
  return [
    {
      id: "spark1",
      label: "Spark 1",
      address: "",
      sshPort: 22,
      sshUser: "",
      hostKeyFingerprint: null,
      role: "head",
      services: [{ kind: "vllm", port: DEFAULT_PORTS.vllm, container: "vllm_node" }],
    },
    {
      id: "spark2",
      label: "Spark 2",
      address: "",
      sshPort: 22,
      sshUser: "",
      hostKeyFingerprint: null,
      role: "worker",
      services: [
        { kind: "asr", port: DEFAULT_PORTS.asr, container: "parakeet-asr" },
        { kind: "tts", port: DEFAULT_PORTS.tts, container: "kokoro" },
        { kind: "embed", port: DEFAULT_PORTS.embed, container: "spark-embed" },
        { kind: "qdrant", port: DEFAULT_PORTS.qdrant, container: "qdrant" },
        { kind: "bot", port: null, container: "matrix-bridge" },
      ],
    },
  ];
}

/** A configuration with every default. */
export function defaultConfig(): Config {
  return Config.parse({});
}

/** True when a host has enough to be contacted. */
export function isConfigured(host: HostConfig): boolean {
  return host.address !== "" && host.sshUser !== "";
}
