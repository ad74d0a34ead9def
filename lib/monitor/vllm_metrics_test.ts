import { deepEqual, equal } from "node:assert/strict";
import { parseVllmMetrics, tokensPerSecond } from "./vllm_metrics.ts";

const TEXT = `# HELP vllm:num_requests_running Number of requests in model execution batches.
# TYPE vllm:num_requests_running gauge
vllm:num_requests_running{engine="0",model_name="org/model-a"} 3.0
# TYPE vllm:num_requests_waiting gauge
vllm:num_requests_waiting{engine="0",model_name="org/model-a"} 1.0
# TYPE vllm:gpu_cache_usage_perc gauge
vllm:gpu_cache_usage_perc{model_name="org/model-a"} 0.25
# TYPE vllm:generation_tokens_total counter
vllm:generation_tokens_total{model_name="org/model-a"} 1200.0
`;

Deno.test("parseVllmMetrics() reads gauges by name over any labels, with the older KV-cache name", () => {
  deepEqual(parseVllmMetrics(TEXT), {
    running: 3,
    waiting: 1,
    kvCacheUsage: 0.25,
    promptTokensTotal: null,
    generationTokensTotal: 1200,
  });
});

Deno.test("parseVllmMetrics() gives null, never 0, for missing series and garbage", () => {
  equal(parseVllmMetrics("").running, null);
  equal(parseVllmMetrics("not prometheus {{{").kvCacheUsage, null);
});

Deno.test("tokensPerSecond() divides the counter delta by elapsed seconds and ignores resets", () => {
  equal(tokensPerSecond({ atMs: 0, total: 100 }, { atMs: 2000, total: 300 }), 100);
  equal(tokensPerSecond({ atMs: 0, total: 300 }, { atMs: 2000, total: 10 }), null);
  equal(tokensPerSecond(null, { atMs: 2000, total: 10 }), null);
});
