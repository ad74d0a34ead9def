import { equal } from "node:assert/strict";
import { duration, gb, na } from "./_format.ts";

Deno.test("na() shows n/a for unknown values and formats known ones, including 0", () => {
  equal(na(null), "n/a");
  equal(na(undefined), "n/a");
  equal(na(Number.NaN), "n/a");
  equal(na(0), "0");
});

Deno.test("gb() speaks GB below 1,000 GB and TB from there", () => {
  equal(gb(24.3e9), "24.3 GB");
  equal(gb(1.3e12), "1.3 TB");
  equal(gb(null), "n/a");
});

Deno.test("duration() reads like a person would say it", () => {
  equal(duration(12_000), "12 s");
  equal(duration(4 * 60_000), "4 min");
  equal(duration((3 * 60 + 5) * 60_000), "3 h 5 min");
  equal(duration(3 * 86_400_000), "3 days");
});
