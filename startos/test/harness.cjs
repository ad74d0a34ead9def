// Loads the built package (javascript/index.js) in Node, as StartOS does, and
// drives its exports with a fake effects object. Every path under
// /media/startos/ is redirected into the work directory given on the command
// line, so nothing touches a real StartOS filesystem. Prints one JSON report
// on stdout; tests/startos_test.ts makes the assertions.
//
//   node test/harness.cjs <bundle.js> <workdir>
'use strict'
const fs = require('node:fs')
const fsp = require('node:fs/promises')
const path = require('node:path')

const [bundlePath, workDir] = process.argv.slice(2)
if (!bundlePath || !workDir) {
  console.error('usage: node test/harness.cjs <bundle.js> <workdir>')
  process.exit(2)
}
const REAL_ROOT = '/media/startos'
const realExists = fs.existsSync.bind(fs)
const realRootExisted = realExists(REAL_ROOT)
let root = path.join(workDir, 'media', 'startos')

// Redirect /media/startos/... to the scenario's directory. Patched before the
// bundle loads, on the shared built-in module objects the bundle requires.
function redirect(p) {
  if (typeof p === 'string' && (p === REAL_ROOT || p.startsWith(REAL_ROOT + '/'))) {
    return root + p.slice(REAL_ROOT.length)
  }
  return p
}
const PATH_FNS = [
  'access', 'readFile', 'writeFile', 'appendFile', 'mkdir', 'rm', 'rmdir', 'unlink', 'stat',
  'lstat', 'chmod', 'readdir', 'open', 'watch', 'copyFile', 'cp', 'realpath',
]
const SYNC_FNS = PATH_FNS.map((f) => `${f}Sync`).concat(['existsSync', 'watch', 'createReadStream', 'createWriteStream'])
function patch(mod, names) {
  for (const name of names) {
    const orig = mod[name]
    if (typeof orig !== 'function') continue
    mod[name] = function (p, ...rest) {
      return orig.call(this, redirect(p), ...rest)
    }
  }
  for (const name of ['rename', 'renameSync', 'copyFile', 'copyFileSync', 'symlink', 'link']) {
    const orig = mod[name]
    if (typeof orig !== 'function') continue
    mod[name] = function (a, b, ...rest) {
      return orig.call(this, redirect(a), redirect(b), ...rest)
    }
  }
}
patch(fsp, PATH_FNS)
patch(fs, SYNC_FNS)
patch(fs.promises, PATH_FNS)

// No process may run for real (a backup would start rsync on StartOS paths):
// spawn() is recorded and answers with a child that exits 0 at once.
const childProcess = require('node:child_process')
const { EventEmitter } = require('node:events')
const { PassThrough } = require('node:stream')
const spawned = []
childProcess.spawn = function (command, args = []) {
  spawned.push({ command, args: [...args] })
  const child = new EventEmitter()
  child.stdout = new PassThrough()
  child.stderr = new PassThrough()
  child.stdin = new PassThrough()
  child.pid = 0
  child.kill = () => true
  setImmediate(() => {
    child.stdout.end()
    child.stderr.end()
    child.emit('exit', 0, null)
    child.emit('close', 0, null)
  })
  return child
}
for (const name of ['exec', 'execFile', 'execSync', 'execFileSync', 'spawnSync', 'fork']) {
  childProcess[name] = () => {
    throw new Error(`child_process.${name} is blocked in the StartOS harness`)
  }
}

process.env.LANG = 'en_US.UTF-8'
const pkg = require(path.resolve(bundlePath))

/** A recording fake of StartOS's effects: unknown calls are logged and answer null. */
function fakeEffects(calls, state, name = 'root') {
  const own = {
    eventId: `event-${name}`,
    isInContext: true,
    constRetry: undefined,
    child: (childName) => fakeEffects(calls, state, `${name}/${childName}`),
    onLeaveContext: () => {},
    getStatus: async () => ({
      health: {},
      error: null,
      started: null,
      desired: { main: state.running ? 'running' : 'stopped' },
    }),
    getDataVersion: async () => state.dataVersion ?? null,
    setDataVersion: async ({ version }) => {
      calls.push({ call: 'setDataVersion', args: [version] })
      state.dataVersion = version
      return null
    },
    getHostInfo: async () => null,
    getServiceInterface: async () => null,
    listServiceInterfaces: async () => ({}),
    getContainerIp: async () => '198.51.100.2',
    getOsIp: async () => '198.51.100.1',
  }
  const make = (prefix) =>
    new Proxy(function () {}, {
      get(_, prop) {
        if (prop === 'then') return undefined
        return make(`${prefix}.${String(prop)}`)
      },
      apply(_, __, args) {
        calls.push({ call: prefix, args: clone(args) })
        return Promise.resolve(null)
      },
    })
  return new Proxy(own, {
    get(target, prop) {
      if (prop in target) return target[prop]
      if (typeof prop === 'symbol' || prop === 'then') return undefined
      return make(String(prop))
    },
    set(target, prop, value) {
      target[prop] = value
      return true
    },
  })
}

function clone(value) {
  return JSON.parse(
    JSON.stringify(value, (_, v) => (typeof v === 'function' ? '[function]' : v)) ?? 'null',
  )
}

function volumePath(...parts) {
  return path.join(root, 'volumes', 'main', ...parts)
}
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}
function fileInfo(file) {
  try {
    const st = fs.statSync(file)
    return { exists: true, mode: st.mode & 0o777 }
  } catch {
    return { exists: false }
  }
}

/** Runs `fn` with a fresh volume directory; returns what it returns plus the recorded calls. */
async function scenario(name, opts, fn) {
  root = path.join(workDir, name, 'media', 'startos')
  fs.mkdirSync(volumePath(), { recursive: true })
  for (const [rel, content] of Object.entries(opts.files ?? {})) {
    fs.mkdirSync(path.dirname(volumePath(rel)), { recursive: true })
    fs.writeFileSync(volumePath(rel), content, { mode: 0o600 })
  }
  const calls = []
  const state = { running: opts.running ?? false }
  const effects = fakeEffects(calls, state)
  try {
    const out = await fn(effects)
    return { ok: true, ...out, calls }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err), calls }
  }
}

async function runAction(effects, id, input) {
  const action = pkg.actions.get(id)
  if (!action) throw new Error(`no action ${id}`)
  const metadata = await action.exportMetadata({ effects })
  const form = await action.getInput({ effects, prefill: null })
  const result = input === undefined ? await action.run({ effects, input: {} }) : await action.run({ effects, input: input(form.value) })
  return { metadata, form, result }
}

const KEY = 'ssh/id_ed25519'
const PUB = 'ssh/id_ed25519.pub'
const PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeFakeFakeFakeFakeFakeFakeFakeFakeFakeFake spark-control'

async function main() {
  const report = { manifest: clone(pkg.manifest), exports: Object.keys(pkg).sort() }

  report.install = await scenario('install', {}, async (effects) => {
    await pkg.init({ effects, kind: 'install' })
    const configPath = volumePath('config.json')
    return { config: readJson(configPath), configFile: fileInfo(configPath) }
  })

  const configured = {
    hosts: [{ id: 'spark1', label: 'Spark 1', address: '192.0.2.10', sshUser: 'alice' }],
  }
  report.initConfigured = await scenario(
    'init-configured',
    { files: { 'config.json': JSON.stringify(configured) } },
    async (effects) => {
      await pkg.init({ effects, kind: null })
      return { config: readJson(volumePath('config.json')) }
    },
  )

  const previous = {
    hosts: [
      {
        id: 'spark1', label: 'Spark 1', address: '192.0.2.10', sshPort: 22, sshUser: 'alice',
        hostKeyFingerprint: 'SHA256:' + 'A'.repeat(43), role: 'head',
        services: [{ kind: 'vllm', port: 8888, container: 'vllm_node' }],
      },
      {
        id: 'spark2', label: 'Spark 2', address: '192.0.2.11', sshPort: 22, sshUser: 'alice',
        hostKeyFingerprint: 'SHA256:' + 'B'.repeat(43), role: 'worker',
        services: [{ kind: 'asr', port: 8000, container: 'parakeet-asr' }, { kind: 'bot', port: null, container: 'matrix-bridge' }],
      },
    ],
    futureSetting: { keep: true },
    server: { port: 9999, hostname: '0.0.0.0', allowedHosts: ['controller.example'], allowedOrigins: [] },
  }
  report.configure = await scenario(
    'configure',
    { files: { 'config.json': JSON.stringify(previous) }, running: true },
    async (effects) => {
      const r = await runAction(effects, 'configure-sparks', (prefill) => ({
        ...prefill,
        hosts: [
          { ...prefill.hosts[0], label: 'Head', sshPort: 2222 },
          { ...prefill.hosts[1], address: '198.51.100.7', ttsPort: 8880, bot: false },
        ],
        matrixUser: 'bob',
        apiTokens: ['t0ken-for-the-transcripts-app'],
      }))
      const configPath = volumePath('config.json')
      return { ...r, config: readJson(configPath), configFile: fileInfo(configPath) }
    },
  )

  const invalidInputs = {
    mdns: (p) => ({ ...p, hosts: [{ ...p.hosts[0], address: 'spark1.local' }] }),
    hostname: (p) => ({ ...p, hosts: [{ ...p.hosts[0], address: 'spark-one' }] }),
    twoHeads: (p) => ({ ...p, hosts: p.hosts.map((h) => ({ ...h, role: 'head' })) }),
    badUser: (p) => ({ ...p, hosts: [{ ...p.hosts[0], sshUser: 'Alice; rm -rf /' }] }),
    duplicateId: (p) => ({ ...p, hosts: [p.hosts[0], { ...p.hosts[1], id: p.hosts[0].id }] }),
    shortToken: (p) => ({ ...p, apiTokens: ['short'] }),
  }
  report.configureInvalid = {}
  for (const [name, input] of Object.entries(invalidInputs)) {
    const before = JSON.stringify(previous)
    report.configureInvalid[name] = await scenario(
      `configure-invalid-${name}`,
      { files: { 'config.json': before }, running: true },
      async (effects) => {
        await runAction(effects, 'configure-sparks', input)
        return {}
      },
    )
    report.configureInvalid[name].unchanged =
      fs.readFileSync(volumePath('config.json'), 'utf8') === before
  }

  report.configureDamaged = await scenario(
    'configure-damaged',
    { files: { 'config.json': JSON.stringify({ hosts: 7, server: { port: 'x' }, auth: null }) } },
    async (effects) => {
      const r = await runAction(effects, 'configure-sparks', (prefill) => prefill)
      return { ...r, config: readJson(volumePath('config.json')) }
    },
  )
  report.configureNotJson = await scenario(
    'configure-not-json',
    { files: { 'config.json': '{ this is not json' } },
    async (effects) => {
      const r = await runAction(effects, 'configure-sparks', (prefill) => ({
        ...prefill,
        hosts: [{ id: 'spark1', label: 'Spark 1', address: '192.0.2.10', sshPort: 22, sshUser: 'alice', role: 'head', vllmPort: 8888, asrPort: null, ttsPort: null, embedPort: null, qdrantPort: null, bot: false }],
        matrixUser: null,
        apiTokens: [],
      }))
      return { ...r, config: readJson(volumePath('config.json')) }
    },
  )

  report.showKeyMissing = await scenario('show-key-missing', {}, async (effects) =>
    runAction(effects, 'show-ssh-key'),
  )
  report.showKey = await scenario(
    'show-key',
    { files: { [KEY]: 'PRIVATE', [PUB]: PUBLIC_KEY + '\n' } },
    async (effects) => runAction(effects, 'show-ssh-key'),
  )

  for (const running of [true, false]) {
    report[running ? 'regenerateRunning' : 'regenerateStopped'] = await scenario(
      `regenerate-${running}`,
      { files: { [KEY]: 'PRIVATE', [PUB]: PUBLIC_KEY, 'config.json': JSON.stringify(previous) }, running },
      async (effects) => {
        const r = await runAction(effects, 'regenerate-ssh-key')
        return { ...r, key: fileInfo(volumePath(KEY)), pub: fileInfo(volumePath(PUB)), config: readJson(volumePath('config.json')) }
      },
    )
  }

  report.reset = await scenario(
    'reset',
    { files: { [KEY]: 'PRIVATE', [PUB]: PUBLIC_KEY, 'config.json': JSON.stringify(previous), 'spark-control.db': 'history' }, running: true },
    async (effects) => {
      const r = await runAction(effects, 'reset')
      const configPath = volumePath('config.json')
      return {
        ...r,
        config: readJson(configPath),
        configFile: fileInfo(configPath),
        key: fileInfo(volumePath(KEY)),
        history: fileInfo(volumePath('spark-control.db')),
      }
    },
  )

  report.backup = await scenario('backup', {}, async (effects) => {
    spawned.length = 0
    await pkg.createBackup({ effects })
    return { spawned: [...spawned] }
  })

  report.realRootCreated = !realRootExisted && realExists(REAL_ROOT)
  process.stdout.write(JSON.stringify(report) + '\n')
  // Watchers from `.const()` reads are not persistent, but timers inside the
  // SDK may be: the report is complete, so end here.
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
