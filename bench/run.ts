/**
 * `deno task bench`: runs every `bench/*_bench.ts` as its own process, one
 * after another (so they do not compete for the machine), and passes their
 * output through. Each bench prints lines of the form
 *   `<bench> | <metric>: <value> <unit> | baseline <name>: <value> <unit> | ratio <x>`
 * measured in the same run. Pass names to run a subset: `deno task bench ssh swap`.
 */
const dir = new URL(".", import.meta.url);
const only = Deno.args;
const files = [...Deno.readDirSync(dir)]
  .map((e) => e.name)
  .filter((n) => n.endsWith("_bench.ts"))
  .filter((n) => only.length === 0 || only.some((o) => n.startsWith(o)))
  .sort();
let failed = 0;
for (const name of files) {
  // deno-lint-ignore no-console -- bench runner output
  console.log(`\n## ${name}`);
  const status = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL(name, dir).pathname],
    stdout: "inherit",
    stderr: "inherit",
  }).spawn().status;
  if (!status.success) failed++;
}
// deno-lint-ignore no-console -- bench runner output
console.log(`\n${files.length - failed} benches ran, ${failed} failed`);
if (failed > 0) Deno.exit(1);
