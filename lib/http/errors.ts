import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import {
  BusyError,
  ConflictError,
  ForbiddenError,
  HostUnreachableError,
  InvalidInputError,
  NotFoundError,
  PayloadTooLargeError,
  RedactionError,
  UnsupportedMediaTypeError,
  UpstreamError,
} from "../errors.ts";
import type { Logger } from "../log.ts";

/** What an error becomes on the wire. The one error→status table of the controller. */
export interface ErrorShape {
  status: ContentfulStatusCode;
  code: string;
  message: string;
  /** Who failed: `controller` or `upstream:<service>`. */
  source: string;
  param: string | null;
  details?: unknown;
  retryAfterS?: number;
}

const CODE_BY_STATUS: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  421: "misdirected_request",
  422: "unprocessable_entity",
  429: "rate_limited",
  500: "internal_error",
  502: "bad_gateway",
  503: "service_unavailable",
  504: "gateway_timeout",
};

/** Maps any thrown value to its HTTP shape. Unknown errors are 500 with a generic message. */
export function toErrorShape(err: unknown): ErrorShape {
  const shape = (
    status: ContentfulStatusCode,
    message: string,
    extra: Partial<ErrorShape> = {},
  ): ErrorShape => ({
    status,
    code: CODE_BY_STATUS[status] ?? "error",
    message,
    source: "controller",
    param: null,
    ...extra,
  });
  if (err instanceof HTTPException) {
    return shape(err.status as ContentfulStatusCode, err.message || "Request failed");
  }
  if (err instanceof InvalidInputError) {
    return shape(400, err.message, { param: err.param ?? null, details: err.details });
  }
  if (err instanceof NotFoundError) return shape(404, err.message);
  if (err instanceof ConflictError) return shape(409, err.message);
  if (err instanceof PayloadTooLargeError) return shape(413, err.message);
  if (err instanceof UnsupportedMediaTypeError) return shape(415, err.message);
  if (err instanceof ForbiddenError) return shape(403, err.message);
  if (err instanceof BusyError) {
    return shape(503, err.message, { retryAfterS: err.retryAfterS, source: err.source });
  }
  if (err instanceof HostUnreachableError) return shape(503, err.message);
  if (err instanceof UpstreamError) {
    const status = err.passStatus ?? (err.timeout ? 504 : 502);
    return shape(status as ContentfulStatusCode, err.message, {
      source: `upstream:${err.service}`,
    });
  }
  if (err instanceof RedactionError) return shape(500, err.message);
  return shape(500, "Internal error in the controller");
}

/** The OpenAI `type` for a status, as the official SDKs expect it. */
export function openAiType(status: number): string {
  if (status === 401) return "authentication_error";
  if (status === 403) return "permission_error";
  if (status === 404) return "not_found_error";
  if (status === 429) return "rate_limit_error";
  if (status >= 400 && status < 500) return "invalid_request_error";
  return "server_error";
}

/** `{"error":{"message","type","param","code","source"}}` for `/v1/*`. */
export function openAiEnvelope(shape: ErrorShape): Record<string, unknown> {
  return {
    error: {
      message: shape.message,
      type: openAiType(shape.status),
      param: shape.param,
      code: shape.code,
      source: shape.source,
      ...(shape.details === undefined ? {} : { details: shape.details }),
    },
  };
}

/** `{"error":{"code","message","details"?}}` for everything outside `/v1`. */
export function plainEnvelope(shape: ErrorShape): Record<string, unknown> {
  return {
    error: {
      code: shape.code,
      message: shape.message,
      ...(shape.details === undefined ? {} : { details: shape.details }),
    },
  };
}

/** True for paths whose errors use the OpenAI envelope. */
export function isOpenAiPath(path: string): boolean {
  return path === "/v1" || path.startsWith("/v1/");
}

/** Builds the JSON error response for `err` in the envelope the path calls for. */
export function errorResponse(c: Context, err: unknown): Response {
  const shape = toErrorShape(err);
  const body = isOpenAiPath(c.req.path) ? openAiEnvelope(shape) : plainEnvelope(shape);
  if (shape.retryAfterS !== undefined) {
    c.header("Retry-After", String(Math.max(1, Math.ceil(shape.retryAfterS))));
  }
  return c.json(body, shape.status);
}

/** The app's `onError`: logs server faults with their cause, answers in the right envelope. */
export function handleError(log: Logger): (err: Error, c: Context) => Response {
  return (err, c) => {
    const shape = toErrorShape(err);
    if (shape.status >= 500) {
      log.error("request failed", {
        method: c.req.method,
        path: c.req.path,
        status: shape.status,
        error: err,
      });
    }
    return errorResponse(c, err);
  };
}

/** The app's `notFound`: a 404 in the right envelope. */
export function handleNotFound(c: Context): Response {
  return errorResponse(c, new NotFoundError(`No route for ${c.req.method} ${c.req.path}`));
}
