/**
 * Builds with esbuild:
 * - default: the browser bundle `static/client.js` (islands + Preact), minified;
 * - `--server`: also `dist/spark-control.js`, the whole controller in one ES
 *   module that `deno run -A` serves with no node_modules beside it, plus a
 *   copy of `static/` next to it;
 * - `--server-only [--out DIR]`: only the server bundle, from the client
 *   bundle already in `static/`, into DIR (default `dist`). Tests use it so a
 *   running browser test never sees static/client.js rewritten.
 */
import * as esbuild from "esbuild";
import { cp, mkdir } from "node:fs/promises";

const root = new URL(".", import.meta.url).pathname;
const serverOnly = Deno.args.includes("--server-only");
const outIndex = Deno.args.indexOf("--out");
const outDir = outIndex > -1 ? Deno.args[outIndex + 1] : `${root}dist`;

if (!serverOnly) {
  // Chunk names carry a content hash: drop the previous build's chunks so none go stale.
  for (const entry of Deno.readDirSync(`${root}static`)) {
    if (/^chunk-.*\.js$/.test(entry.name)) Deno.removeSync(`${root}static/${entry.name}`);
  }
}

const client = serverOnly ? null : await esbuild.build({
  absWorkingDir: root,
  entryPoints: ["client.ts"],
  outdir: "static",
  entryNames: "client",
  // Lazily imported code (uPlot for the sparklines) goes into flat chunk files next to client.js.
  chunkNames: "chunk-[hash]",
  splitting: true,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  minify: true,
  sourcemap: false,
  jsx: "automatic",
  jsxImportSource: "preact",
  metafile: true,
  logLevel: "warning",
});
if (client) {
  // Which chunk each island needs: bench/ssr_bench.ts reads this to measure what a page downloads.
  await mkdir(`${root}dist`, { recursive: true });
  await Deno.writeTextFile(`${root}dist/client.meta.json`, JSON.stringify(client.metafile));
}
const outputs = Object.entries(client?.metafile.outputs ?? {});
const clientBytes = outputs.filter(([name]) => name === "static/client.js").reduce(
  (n, [, o]) => n + o.bytes,
  0,
);
const chunkBytes = outputs.filter(([name]) => name.startsWith("static/chunk-")).reduce(
  (n, [, o]) => n + o.bytes,
  0,
);
if (client) {
  // uPlot's stylesheet, served locally next to the bundle (no CDN: the owner's network may be offline).
  await Deno.copyFile(`${root}node_modules/uplot/dist/uPlot.min.css`, `${root}static/uplot.css`);
}

if (serverOnly || Deno.args.includes("--server")) {
  await mkdir(outDir, { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["main.ts"],
    outfile: `${outDir}/spark-control.js`,
    bundle: true,
    format: "esm",
    platform: "node",
    target: ["es2022"],
    jsx: "automatic",
    jsxImportSource: "preact",
    // ssh2 probes optional native add-ons inside try/catch; they are never bundled.
    external: ["cpu-features", "*.node"],
    // Node-style CommonJS packages inside an ES module need require(), and
    // some read __dirname/__filename (ssh2's poly1305 module does at load).
    banner: {
      js: [
        'import { createRequire as __cr } from "node:module";',
        'import { fileURLToPath as __fu } from "node:url";',
        'import { dirname as __dn } from "node:path";',
        "const require = __cr(import.meta.url);",
        "const __filename = __fu(import.meta.url);",
        "const __dirname = __dn(__filename);",
      ].join(" "),
    },
    logLevel: "warning",
  });
  await cp(`${root}static`, `${outDir}/static`, { recursive: true });
  // deno-lint-ignore no-console -- build script output
  console.log(`built ${outDir}/spark-control.js and ${outDir}/static/`);
}

if (client) {
  // deno-lint-ignore no-console -- build script output
  console.log(
    `built static/client.js (${(clientBytes / 1024).toFixed(1)} KB) + lazy chunks (${
      (chunkBytes / 1024).toFixed(1)
    } KB)`,
  );
}
esbuild.stop();
