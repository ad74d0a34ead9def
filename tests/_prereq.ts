/**
 * Prerequisites of system tests (Chromium, sshd). A missing one skips the
 * test with a printed reason on a developer machine, and fails it under
 * `CI=true`, where `.ci/run` has installed everything.
 */

/** True when running under CI (`CI=true`). */
export const IN_CI = Deno.env.get("CI") === "true";

/** Path of Debian's Chromium, or an override from `CHROMIUM_PATH`. */
export const CHROMIUM_PATH = Deno.env.get("CHROMIUM_PATH") ?? "/usr/bin/chromium";

/** Returns whether `path` exists as a file. */
export function exists(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}

/**
 * Decides whether a test can run. Returns `true` to run; `false` to skip,
 * after printing why. Under CI a missing prerequisite throws instead.
 */
export function prerequisite(name: string, available: boolean, hint: string): boolean {
  if (available) return true;
  const message = `${name} is not available (${hint})`;
  if (IN_CI) throw new Error(`CI=true but ${message}`);
  // deno-lint-ignore no-console -- the skip reason is meant for the person running the tests
  console.warn(`skipping: ${message}`);
  return false;
}

/** True when Chromium can be launched for browser tests. */
export function hasChromium(): boolean {
  return prerequisite(
    "Chromium",
    exists(CHROMIUM_PATH),
    `install Debian's chromium or set CHROMIUM_PATH`,
  );
}
