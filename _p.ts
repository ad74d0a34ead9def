import { detect } from "./lib/redact/detect.ts";
for (const c of ["moved to ul. Mickiewicza 12 m. 4, 00-950 Warszawa last year"]) {
  const sp = detect(c);
  let out = c; for (const s of [...sp].reverse()) out = out.slice(0, s.start) + `[${s.type}]` + out.slice(s.end);
  console.log(JSON.stringify(out));
}
