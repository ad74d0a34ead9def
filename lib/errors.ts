/**
 * The error taxonomy shared by every domain. Domains throw these; only
 * `lib/http/errors.ts` turns them into HTTP statuses, so `lib/<domain>/`
 * never needs to know about HTTP.
 *
 * @module
 */

/** Input that failed validation inside a domain (a bad recipe name, a bad collection name). */
export class InvalidInputError extends Error {
  override name = "InvalidInputError";
  /** Which field was wrong, when known. */
  readonly param: string | undefined;
  /** Machine-readable detail, safe to show to the caller. */
  readonly details: unknown;
  constructor(message: string, opts: { param?: string; details?: unknown; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.param = opts.param;
    this.details = opts.details;
  }
}

/** Something the caller named does not exist. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** The request conflicts with current state (a swap already running). */
export class ConflictError extends Error {
  override name = "ConflictError";
}

/** A body or an input larger than its limit. */
export class PayloadTooLargeError extends Error {
  override name = "PayloadTooLargeError";
}

/** A body in a media type the route does not take (or audio it cannot decode). */
export class UnsupportedMediaTypeError extends Error {
  override name = "UnsupportedMediaTypeError";
}

/** The caller may not do this (missing token, cross-origin write). */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
}

/** A Spark could not be reached over SSH. */
export class HostUnreachableError extends Error {
  override name = "HostUnreachableError";
  readonly hostId: string;
  constructor(hostId: string, message: string, opts: { cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.hostId = hostId;
  }
}

/** A service is busy or recovering; the caller should retry after `retryAfterS`. */
export class BusyError extends Error {
  override name = "BusyError";
  readonly retryAfterS: number;
  /** Who is busy: `controller` or `upstream:<service>`. */
  readonly source: string;
  constructor(message: string, opts: { retryAfterS: number; source?: string; cause?: unknown }) {
    super(message, { cause: opts.cause });
    this.retryAfterS = opts.retryAfterS;
    this.source = opts.source ?? "controller";
  }
}

/** An upstream Spark service failed or answered with an error. */
export class UpstreamError extends Error {
  override name = "UpstreamError";
  /** The service kind that failed, e.g. `vllm`, `asr`. */
  readonly service: string;
  /** The upstream's HTTP status, when it answered at all. */
  readonly upstreamStatus: number | undefined;
  /** True when the upstream did not answer in time (maps to 504). */
  readonly timeout: boolean;
  /** A status to pass through to the caller (e.g. a 400 from vLLM for a bad request). */
  readonly passStatus: number | undefined;
  constructor(
    service: string,
    message: string,
    opts: { upstreamStatus?: number; timeout?: boolean; passStatus?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause });
    this.service = service;
    this.upstreamStatus = opts.upstreamStatus;
    this.timeout = opts.timeout ?? false;
    this.passStatus = opts.passStatus;
  }
}

/** The redaction gateway could not guarantee a leak-free result; nothing is forwarded. */
export class RedactionError extends Error {
  override name = "RedactionError";
}
