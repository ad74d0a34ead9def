#!/usr/bin/env node
// Copies each release's notes from the repository's CHANGELOG.md (the single
// source) into startos/versions/releaseNotes.json, which the version files
// import. Runs before `npm run check` and `npm run build`; `--check` only
// reports whether the JSON is out of date (exit 1), for CI.
//
// CHANGELOG.md sections look like:
//   ## 0.1.0:0 — 2026-01-31
//   - note
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const changelogPath = join(here, '..', '..', 'CHANGELOG.md')
const outPath = join(here, '..', 'startos', 'versions', 'releaseNotes.json')
const HEADING = /^## (\d+\.\d+\.\d+:\d+)(?:\s|$)/

/** Parses CHANGELOG.md into { "X.Y.Z:N": "notes" }, newest first as written. */
export function parseChangelog(text) {
  const notes = {}
  let current = null
  let lines = []
  const flush = () => {
    if (current === null) return
    if (current in notes) throw new Error(`CHANGELOG.md has ${current} twice`)
    const body = lines.join('\n').trim()
    if (body === '') throw new Error(`CHANGELOG.md: ${current} has no notes`)
    notes[current] = body
  }
  for (const line of text.split(/\r?\n/)) {
    const m = HEADING.exec(line)
    if (m) {
      flush()
      current = m[1]
      lines = []
    } else if (line.startsWith('## ')) {
      throw new Error(`CHANGELOG.md: "${line}" is not "## X.Y.Z:N — date"`)
    } else if (current !== null) {
      lines.push(line)
    }
  }
  flush()
  if (Object.keys(notes).length === 0) {
    throw new Error('CHANGELOG.md has no "## X.Y.Z:N — date" section')
  }
  return notes
}

const json = JSON.stringify(parseChangelog(readFileSync(changelogPath, 'utf8')), null, 2) + '\n'
let existing = null
try {
  existing = readFileSync(outPath, 'utf8')
} catch {
  // No JSON yet: it is written below (or reported stale under --check).
}
if (process.argv.includes('--check')) {
  if (existing !== json) {
    console.error('startos/versions/releaseNotes.json is out of date: run `npm run build` in startos/')
    process.exit(1)
  }
} else if (existing !== json) {
  writeFileSync(outPath, json)
  console.log('updated startos/versions/releaseNotes.json from CHANGELOG.md')
}
