/** Shared output format for benchmarks: one line per metric, with its same-run baseline and ratio. */

/** The p-th percentile (0–100) of `values`, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Prints `<bench> | <metric>: v unit | baseline <name>: b unit | ratio v/b | target …`. */
export function report(
  bench: string,
  metric: string,
  value: number,
  unit: string,
  baselineName: string,
  baseline: number,
  opts: { target?: string } = {},
): void {
  const fmt = (
    n: number,
  ) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(3));
  const ratio = baseline === 0 ? NaN : value / baseline;
  const parts = [
    bench,
    `${metric}: ${fmt(value)} ${unit}`,
    `baseline ${baselineName}: ${fmt(baseline)} ${unit}`,
    `ratio ${fmt(ratio)}`,
  ];
  if (opts.target) parts.push(`target ${opts.target}`);
  // deno-lint-ignore no-console -- benchmark output is the product here
  console.log(parts.join(" | "));
}
