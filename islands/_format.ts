/** Small formatting helpers shared by the dashboard islands (browser-side, no lib/ imports). */

/** "n/a" for unknown values, never 0. */
export function na(value: number | null | undefined, fmt: (v: number) => string = String): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "n/a" : fmt(value);
}

/** "12 s", "4 min", "3 h 5 min", "2 days". */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`;
  return `${Math.floor(h / 24)} days`;
}

/** Bytes as GB with one decimal, or TB from 1,000 GB (the units of the Spark's spec sheet). */
export function gb(bytes: number | null | undefined): string {
  return na(
    bytes,
    (b) => (b >= 1e12 ? `${(b / 1e12).toFixed(1)} TB` : `${(b / 1e9).toFixed(1)} GB`),
  );
}

/** A clock time for log rows. */
export function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
}
