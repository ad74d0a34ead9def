/**
 * Builds with esbuild:
 * - default: the browser bundle `static/client.js` (islands + Preact), minified;
 * - `--server`: also `dist/spark-control.js`, the whole controller in one ES
 *   module that `deno run -A` serves with no node_modules beside it, plus a
 *   copy of `static/` next to it.
 */
import * as esbuild from "esbuild";
import { cp, mkdir } from "node:fs/promises";

const root = new URL(".", import.meta.url).pathname;

const client = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ["client.ts"],
  outfile: "static/client.js",
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
const clientBytes = Object.values(client.metafile.outputs).reduce((n, o) => n + o.bytes, 0);

if (Deno.args.includes("--server")) {
  await mkdir(`${root}dist`, { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["main.ts"],
    outfile: "dist/spark-control.js",
    bundle: true,
    format: "esm",
    platform: "node",
    target: ["es2022"],
    jsx: "automatic",
    jsxImportSource: "preact",
    // ssh2 probes optional native add-ons inside try/catch; they are never bundled.
    external: ["cpu-features", "*.node"],
    // Node-style CommonJS packages inside an ES module need a require().
    banner: {
      js:
        'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
    },
    logLevel: "warning",
  });
  await cp(`${root}static`, `${root}dist/static`, { recursive: true });
  // deno-lint-ignore no-console -- build script output
  console.log("built dist/spark-control.js and dist/static/");
}

// deno-lint-ignore no-console -- build script output
console.log(`built static/client.js (${(clientBytes / 1024).toFixed(1)} KB)`);
esbuild.stop();
