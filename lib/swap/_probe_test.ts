import { deepEqual, equal } from "node:assert/strict";
import { gaugeSum, parseMemInfo, sections } from "./_probe.ts";

Deno.test("parseMemInfo() reads total and available in bytes and leaves missing fields null", () => {
  deepEqual(
    parseMemInfo("MemTotal:       125513944 kB\nMemFree: 1 kB\nMemAvailable:   98765432 kB\n"),
    {
      totalBytes: 125513944 * 1024,
      availableBytes: 98765432 * 1024,
    },
  );
  deepEqual(parseMemInfo("MemTotal: 10 kB\n"), { totalBytes: 10240, availableBytes: null });
});

Deno.test("gaugeSum() sums a gauge over its label sets and ignores longer names", () => {
  const text = [
    "# HELP vllm:num_requests_running Number of requests running.",
    'vllm:num_requests_running{engine="0",model_name="m"} 2.0',
    'vllm:num_requests_running{engine="1",model_name="m"} 1.0',
    'vllm:num_requests_running_total{model_name="m"} 99',
    "vllm:num_requests_waiting 0",
  ].join("\n");
  equal(gaugeSum(text, "vllm:num_requests_running"), 3);
  equal(gaugeSum(text, "vllm:num_requests_waiting"), 0);
  equal(gaugeSum(text, "vllm:kv_cache_usage_perc"), null);
});

Deno.test("sections() splits @@name blocks", () => {
  deepEqual([...sections("junk\n@@image\nsha256:1\n@@rc\n0\n@@mem\n")], [
    ["image", "sha256:1"],
    ["rc", "0"],
    ["mem", ""],
  ]);
});
