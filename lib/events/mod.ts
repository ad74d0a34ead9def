/**
 * The in-process event bus behind the dashboard's one SSE stream.
 *
 * @module
 */
export { type BusEvent, type BusListener, EventBus, REPLAY_SIZE } from "./bus.ts";
