import { equal, match } from "node:assert/strict";
import { defaultConfig, type HostConfig } from "../config/mod.ts";
import { FakeClock } from "../../tests/fakes.ts";
import { checkHost, type SshCheck } from "./host_check.ts";

const FP = "SHA256:yEwGZ4Q+L9I44sRbH0zQSsB8Ejm0I5B9ZBMqHTO8hXo";

const ssh: SshCheck = {
  probeHostKey: () => Promise.resolve({ ok: true, fingerprint: FP }),
  testConnection: () => Promise.resolve({ ok: true, fingerprint: FP, latencyMs: 1 }),
};

function host(services: HostConfig["services"]): HostConfig {
  return {
    ...defaultConfig().hosts[1],
    address: "192.0.2.11",
    sshUser: "spark",
    hostKeyFingerprint: FP,
    services,
  };
}

/** Every service port refuses, as when the containers are not started. */
const refusing: typeof fetch = () =>
  Promise.reject(new TypeError("Connection refused (os error 111)"));

Deno.test("checkHost: a trusted Spark whose services do not answer is not reported 'All good'", async () => {
  const check = await checkHost(
    host([{ kind: "asr", port: 8000, container: "parakeet-asr" }, {
      kind: "tts",
      port: 8880,
      container: "kokoro",
    }]),
    {},
    { ssh, fetch: refusing, clock: new FakeClock() },
  );
  equal(check.trust, "trusted");
  equal(check.login?.ok, true);
  equal(check.services.filter((s) => s.answers).length, 0);
  match(check.summary, /^The Spark is reachable, trusted, and accepts the controller's key, but /);
  match(check.summary, /speech to text \(parakeet\) and text to speech \(Kokoro\) do not answer/);
});

Deno.test("checkHost: 'All good' when the Spark is trusted, key login works and nothing is silent", async () => {
  const check = await checkHost(host([]), {}, { ssh, fetch: refusing, clock: new FakeClock() });
  match(check.summary, /^All good/);
});
