/**
 * One version for the app and its StartOS package: lib/version.ts, the
 * newest CHANGELOG.md heading and the StartOS version graph's current
 * version agree, and the notes StartOS shows are the changelog's notes.
 * Plain file reads, so this runs without npm.
 */
import { deepEqual, equal, ok } from "node:assert/strict";
import { PACKAGE_REVISION, RELEASE, VERSION } from "../lib/version.ts";

const ROOT = new URL("../", import.meta.url);
const VERSIONS_DIR = new URL("startos/startos/versions/", ROOT);
const HEADING = /^## (\d+\.\d+\.\d+:\d+)(?:\s|$)/;

/** `## X.Y.Z:N — date` sections of CHANGELOG.md, in file order, with their notes. */
function changelog(): { version: string; notes: string }[] {
  const text = Deno.readTextFileSync(new URL("CHANGELOG.md", ROOT));
  const sections: { version: string; lines: string[] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = HEADING.exec(line);
    if (m) sections.push({ version: m[1], lines: [] });
    else if (line.startsWith("## ")) throw new Error(`"${line}" is not "## X.Y.Z:N — date"`);
    else sections.at(-1)?.lines.push(line);
  }
  return sections.map((s) => ({ version: s.version, notes: s.lines.join("\n").trim() }));
}

/** Orders `X.Y.Z:N` versions: semver first, then the package revision. */
function compare(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.:]/).map(Number);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** The StartOS version files: exported name, version and the notes key each one uses. */
function startosVersions(): { name: string; version: string; notesKey: string | null }[] {
  const out = [];
  for (const entry of Deno.readDirSync(VERSIONS_DIR)) {
    if (!entry.name.endsWith(".ts") || entry.name === "index.ts") continue;
    const src = Deno.readTextFileSync(new URL(entry.name, VERSIONS_DIR));
    const name = /export const (\w+) = VersionInfo\.of/.exec(src)?.[1];
    const version = /version: '([^']+)'/.exec(src)?.[1];
    ok(name && version, `${entry.name}: no VersionInfo.of({ version: '…' })`);
    out.push({ name, version, notesKey: /notes\['([^']+)'\]/.exec(src)?.[1] ?? null });
  }
  return out;
}

Deno.test("RELEASE is VERSION:PACKAGE_REVISION", () => {
  equal(RELEASE, `${VERSION}:${PACKAGE_REVISION}`);
});

Deno.test("CHANGELOG.md: versions are unique, newest first, and the newest is RELEASE", () => {
  const versions = changelog().map((s) => s.version);
  ok(versions.length > 0, "CHANGELOG.md needs a '## X.Y.Z:N — date' section");
  equal(new Set(versions).size, versions.length, `duplicate version in ${versions}`);
  deepEqual(versions, [...versions].sort((a, b) => compare(b, a)), "newest first");
  equal(versions[0], RELEASE, "lib/version.ts RELEASE must be the newest CHANGELOG heading");
  for (const s of changelog()) ok(s.notes !== "", `${s.version} has no notes`);
});

Deno.test("StartOS version graph: unique versions, current is RELEASE and the newest", () => {
  const files = startosVersions();
  const versions = files.map((f) => f.version);
  equal(new Set(versions).size, versions.length, `duplicate StartOS version in ${versions}`);
  const index = Deno.readTextFileSync(new URL("index.ts", VERSIONS_DIR));
  const currentName = /current: (\w+)/.exec(index)?.[1];
  const current = files.find((f) => f.name === currentName);
  ok(current, `versions/index.ts: current ${currentName} has no file`);
  equal(current.version, RELEASE, "the StartOS package version is the app's RELEASE");
  for (const v of versions) ok(compare(v, current.version) <= 0, `${v} is newer than current`);
});

Deno.test("StartOS release notes are CHANGELOG.md's notes for the same version", () => {
  const sections = new Map(changelog().map((s) => [s.version, s.notes]));
  const generated: Record<string, string> = JSON.parse(
    Deno.readTextFileSync(new URL("releaseNotes.json", VERSIONS_DIR)),
  );
  deepEqual(
    generated,
    Object.fromEntries(sections),
    "startos/versions/releaseNotes.json is stale: run `npm run build` in startos/",
  );
  for (const f of startosVersions()) {
    equal(f.notesKey, f.version, `${f.name} must use notes['${f.version}']`);
    ok(sections.has(f.version), `CHANGELOG.md has no section for ${f.version}`);
  }
});
