import parsePrometheusTextFormat from "parse-prometheus-text-format";

/** The vLLM numbers the dashboard shows, read from `/metrics`. Missing series are null, never 0. */
export interface VllmNumbers {
  running: number | null;
  waiting: number | null;
  /** KV-cache usage 0–1 (`vllm:kv_cache_usage_perc`, older `vllm:gpu_cache_usage_perc`). */
  kvCacheUsage: number | null;
  promptTokensTotal: number | null;
  generationTokensTotal: number | null;
}

interface Family {
  name: string;
  metrics: { value?: string; labels?: Record<string, string> }[];
}

/**
 * Extracts {@link VllmNumbers} from Prometheus text. Series are matched by
 * name and summed over labels (every series carries `model_name`, and
 * newer builds add others such as `engine`).
 */
export function parseVllmMetrics(text: string): VllmNumbers {
  let families: Family[] = [];
  try {
    families = parsePrometheusTextFormat(text) as Family[];
  } catch {
    return {
      running: null,
      waiting: null,
      kvCacheUsage: null,
      promptTokensTotal: null,
      generationTokensTotal: null,
    };
  }
  const sum = (...names: string[]): number | null => {
    for (const name of names) {
      const family = families.find((f) => f.name === name);
      if (!family) continue;
      const values = family.metrics.map((m) => Number(m.value)).filter((v) => Number.isFinite(v));
      if (values.length > 0) return values.reduce((a, b) => a + b, 0);
    }
    return null;
  };
  return {
    running: sum("vllm:num_requests_running"),
    waiting: sum("vllm:num_requests_waiting"),
    kvCacheUsage: sum("vllm:kv_cache_usage_perc", "vllm:gpu_cache_usage_perc"),
    promptTokensTotal: sum("vllm:prompt_tokens_total"),
    generationTokensTotal: sum("vllm:generation_tokens_total"),
  };
}

/** Tokens per second between two readings of the generation counter; null when unknown or reset. */
export function tokensPerSecond(
  prev: { atMs: number; total: number | null } | null,
  next: { atMs: number; total: number | null },
): number | null {
  if (!prev || prev.total === null || next.total === null || next.atMs <= prev.atMs) return null;
  const delta = next.total - prev.total;
  if (delta < 0) return null; // counter reset: the server restarted
  return delta / ((next.atMs - prev.atMs) / 1000);
}
