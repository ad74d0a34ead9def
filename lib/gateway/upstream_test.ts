import { equal, throws } from "node:assert/strict";
import { defaultConfig } from "../config/mod.ts";
import { HostUnreachableError } from "../errors.ts";
import { isPrivateAddress, resolveUpstream } from "./upstream.ts";

Deno.test("isPrivateAddress() accepts LAN, loopback and VPN ranges", () => {
  for (
    const a of [
      "10.0.0.5",
      "192.168.1.20",
      "172.16.3.4",
      "127.0.0.1",
      "::1",
      "100.101.102.103",
      "fd7a:115c:a1e0::1",
      "::ffff:10.1.2.3",
      "fe80::1",
    ]
  ) {
    equal(isPrivateAddress(a), true, a);
  }
});

Deno.test("isPrivateAddress() refuses public and documentation addresses and names", () => {
  for (
    const a of [
      "198.51.100.7",
      "192.0.2.10",
      "2001:db8::1",
      "spark.local",
      "",
      "::ffff:198.51.100.7",
    ]
  ) {
    equal(isPrivateAddress(a), false, a);
  }
});

Deno.test("resolveUpstream() builds the URL of the host that runs the kind", () => {
  const config = defaultConfig();
  config.hosts[1].address = "192.168.1.12";
  equal(resolveUpstream(config, "tts").base, "http://192.168.1.12:8880");
  equal(resolveUpstream(config, "embed").hostId, "spark2");
});

Deno.test("resolveUpstream() brackets IPv6 literals", () => {
  const config = defaultConfig();
  config.hosts[0].address = "fd00::5";
  equal(resolveUpstream(config, "vllm").base, "http://[fd00::5]:8888");
});

Deno.test("resolveUpstream() refuses blank, public and missing upstreams", () => {
  const config = defaultConfig();
  throws(() => resolveUpstream(config, "vllm"), /no address yet/);
  config.hosts[0].address = "198.51.100.7";
  throws(() => resolveUpstream(config, "vllm"), HostUnreachableError);
  config.hosts[1].services = [];
  throws(
    () => resolveUpstream({ hosts: [...config.hosts] }, "tts"),
    /No host runs the tts service/,
  );
});
