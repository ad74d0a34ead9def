import { equal, match } from "node:assert/strict";
import { startController } from "./_process.ts";

Deno.test("SIGTERM ends open SSE streams first and the process exits cleanly", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "sc-shutdown-" });
  try {
    await using proc = await startController({ dataDir });
    const res = await fetch(`${proc.url}/api/events`, { headers: { accept: "text/event-stream" } });
    equal(res.status, 200);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    while (!text.includes("event: snapshot")) text += (await reader.read()).value ?? "";
    match(text, /"version":/);

    proc.child.kill("SIGTERM");
    // The stream must end by itself (the server closed it), not hang until a timeout.
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
    }
    const status = await proc.child.status;
    equal(status.code, 0);
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("a bad config.json is reported on the dashboard and the server still starts", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "sc-badconfig-" });
  try {
    await Deno.writeTextFile(
      `${dataDir}/config.json`,
      JSON.stringify({ hosts: [{ id: "spark1", label: "S", address: "spark.local" }] }),
    );
    await using proc = await startController({ dataDir });
    const res = await fetch(`${proc.url}/`, { headers: { host: "localhost" } });
    equal(res.status, 200);
    const html = await res.text();
    match(html, /The settings file has a problem/);
    match(html, /hosts\.0\.address/);
    match(html, /mDNS/);
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});
