/**
 * sqlite storage (`node:sqlite`, WAL) with numbered migrations.
 *
 * @module
 */
export { migrate, openStore, type Store } from "./db.ts";
export { type Migration, MIGRATIONS } from "./migrations.ts";
