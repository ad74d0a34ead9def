import { deepEqual, equal } from "node:assert/strict";
import { advance, type LoadProgress, parseLogLine, START_PROGRESS } from "./milestones.ts";

const log = Deno.readTextFileSync(new URL("./testdata/load-log.txt", import.meta.url)).split("\n");

Deno.test("parseLogLine() turns a real load log into monotonic progress ending at 99 %", () => {
  let p: LoadProgress = START_PROGRESS;
  const seen: number[] = [];
  for (const line of log) {
    const next = advance(p, parseLogLine(line));
    if (next.percent !== p.percent) seen.push(next.percent);
    p = next;
  }
  deepEqual(p, { phase: "server", percent: 99 });
  deepEqual(seen, [3, 5, 33, 60, 62, 70, 75, 80, 90, 93, 96, 99]);
});

Deno.test("parseLogLine() reads both loader spellings of weight progress", () => {
  deepEqual(
    parseLogLine("Loading safetensors checkpoint shards: 100% Completed | 9/9"),
    { kind: "progress", phase: "weights", percent: 60 },
  );
  deepEqual(
    parseLogLine("INFO Loading safetensors using InstantTensor loader: 40% Completed | 2/5"),
    { kind: "progress", phase: "weights", percent: 27 },
  );
  deepEqual(
    parseLogLine("(APIServer pid=7) INFO Starting vLLM server on http://0.0.0.0:8888"),
    { kind: "progress", phase: "server", percent: 96 },
  );
});

Deno.test("parseLogLine() recognises the §2.7 failure signatures", () => {
  const reason = (line: string) => {
    const s = parseLogLine(line);
    return s?.kind === "failure" ? s.reason : null;
  };
  equal(
    reason("RuntimeError: Engine core initialization failed. See root cause above."),
    "init_failed",
  );
  equal(reason("ERROR [core.py:720] EngineCore encountered a fatal error."), "engine_dead");
  equal(reason("vllm.v1.engine.exceptions.EngineDeadError: EngineCore encountered"), "engine_dead");
  equal(reason("NVRM: NV_ERR_NO_MEMORY"), "out_of_memory");
  equal(reason("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate"), "out_of_memory");
  equal(reason("RuntimeError: NCCL error in: ../csrc/nccl.cpp:12, unhandled system error"), "nccl");
  equal(reason("NVRM: Xid (PCI:0000:01:00): 119, pid=1"), "gpu_fault");
  equal(reason("NVRM: Xid 31 reported"), "gpu_fault");
  equal(parseLogLine("Engine 000: Avg prompt throughput: 1.0 tokens/s, Running: 0 reqs"), null);
});

Deno.test("advance() never moves backwards", () => {
  const p = { phase: "kv_cache" as const, percent: 75 };
  deepEqual(advance(p, parseLogLine("Loading safetensors checkpoint shards: 10%")), p);
  deepEqual(advance(p, null), p);
});
