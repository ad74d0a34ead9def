import { deepEqual, throws } from "node:assert/strict";
import { parseArgs } from "./server.ts";

Deno.test("parseArgs() reads --data, --port and --host in both spellings", () => {
  deepEqual(parseArgs(["--data", "d", "--port=8080", "--host", "127.0.0.1"], {}), {
    dataDir: "d",
    port: 8080,
    hostname: "127.0.0.1",
  });
});

Deno.test("parseArgs() takes the data dir from SPARK_CONTROL_DATA and defaults to ./data", () => {
  deepEqual(parseArgs([], { SPARK_CONTROL_DATA: "/srv/sc" }).dataDir, "/srv/sc");
  deepEqual(parseArgs([], {}).dataDir, "./data");
});

Deno.test("parseArgs() accepts port 0 (a free port) and refuses out-of-range ports and unknown flags", () => {
  deepEqual(parseArgs(["--port", "0"], {}).port, 0);
  throws(() => parseArgs(["--port", "65536"], {}), RangeError);
  throws(() => parseArgs(["--port", "x"], {}), RangeError);
  throws(() => parseArgs(["--verbose"], {}), TypeError);
});
