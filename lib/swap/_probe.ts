/**
 * Small parsers the swap needs from the Sparks: `/proc/meminfo` (kB) and
 * the two vLLM queue gauges from `/metrics`. Hand-written: each is a few
 * lines, and the swap must not depend on the telemetry poller being up.
 */

/** Memory of one node in bytes; null when the field is missing (never 0). */
export interface MemInfo {
  totalBytes: number | null;
  availableBytes: number | null;
}

/** Parses `/proc/meminfo`. */
export function parseMemInfo(text: string): MemInfo {
  const field = (name: string): number | null => {
    const m = new RegExp(`^${name}:\\s+(\\d+)\\s*kB`, "m").exec(text);
    return m ? Number(m[1]) * 1024 : null;
  };
  return { totalBytes: field("MemTotal"), availableBytes: field("MemAvailable") };
}

/** Sum of a Prometheus gauge over its series (labels vary), or null when absent. */
export function gaugeSum(text: string, name: string): number | null {
  let sum: number | null = null;
  for (const line of text.split("\n")) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== "{" && rest[0] !== " ") continue; // a longer name with the same prefix
    const value = Number(rest.replace(/^\{[^}]*\}/, "").trim().split(/\s+/)[0]);
    if (Number.isFinite(value)) sum = (sum ?? 0) + value;
  }
  return sum;
}

/** Splits `@@name` sections of a batched remote script's output. */
export function sections(stdout: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | null = null;
  let lines: string[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^@@([a-z]+)$/.exec(line);
    if (m) {
      if (current !== null) out.set(current, lines.join("\n").trim());
      current = m[1];
      lines = [];
    } else if (current !== null) lines.push(line);
  }
  if (current !== null) out.set(current, lines.join("\n").trim());
  return out;
}
