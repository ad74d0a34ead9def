// Deliberately empty typings for npm:ssh2, so Deno does not load
// @types/ssh2 (and its @types/node@18) into programs that use node:sqlite.
// The typed surface lives in _ssh2.ts.
export const Client: unknown;
export const utils: unknown;
