import { detect } from "./lib/redact/mod.ts";
for (const [name, s] of [["1", "1".repeat(20_000)], ["a", "a".repeat(20_000)], ["a.", "a.".repeat(10_000)], ["1 ", "1 ".repeat(10_000)], ["Aa ", "Aa ".repeat(7000)], ["mix", Array.from({length: 20000}, (_, i) => ["a","1"," ",".","@","-","+","(",")","[","_","Aa","%4","&#",":"][(i * 7919) % 15]).join("")]] as const) {
  const t0 = performance.now(); detect(s); console.log(name, s.length, Math.round(performance.now() - t0));
}
