import { BusyError, UpstreamError } from "../errors.ts";

/** Longest upstream message passed on; longer ones are cut (they can echo whole prompts). */
const MAX_MESSAGE = 500;

/**
 * Pulls a human message out of any error body our upstreams send: vLLM's
 * `{"error":{"message"}}` and older flat `{"object":"error","message"}`,
 * Kokoro's `{"detail":{"error","message"}}`, FastAPI's 422
 * `{"detail":[{"loc","msg"}]}` and `{"detail":"…"}`, Qdrant's
 * `{"status":{"error"}}`. Anything else gives null: raw bodies never leak.
 */
export function upstreamMessage(body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null; // HTML error pages and plain text are not passed on.
  }
  const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
  if (typeof parsed !== "object" || parsed === null) return null;
  const o = parsed as Record<string, unknown>;
  const err = o.error;
  if (typeof err === "object" && err !== null) {
    return clip(text((err as Record<string, unknown>).message));
  }
  if (text(err)) return clip(text(err));
  if (o.object === "error" && text(o.message)) return clip(text(o.message));
  const detail = o.detail;
  if (text(detail)) return clip(text(detail));
  if (Array.isArray(detail)) {
    const parts = detail.flatMap((d) => {
      if (typeof d !== "object" || d === null) return [];
      const item = d as Record<string, unknown>;
      const loc = Array.isArray(item.loc) ? item.loc.filter((p) => p !== "body").join(".") : "";
      const msg = text(item.msg);
      return msg ? [loc ? `${loc}: ${msg}` : msg] : [];
    });
    return parts.length ? clip(parts.join("; ")) : null;
  }
  if (typeof detail === "object" && detail !== null) {
    const d = detail as Record<string, unknown>;
    return clip(text(d.message) ?? text(d.error));
  }
  const status = o.status;
  if (typeof status === "object" && status !== null) {
    return clip(text((status as Record<string, unknown>).error));
  }
  return null;
}

function clip(s: string | null): string | null {
  if (s === null) return null;
  return s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE)}…` : s;
}

/**
 * The error the controller raises for an upstream's non-2xx answer. Client
 * errors (4xx) keep their status so callers can fix the request; 503 stays a
 * retryable 503 with the upstream's Retry-After; other 5xx become 502, 504
 * stays 504.
 */
export function upstreamFailure(
  service: string,
  status: number,
  body: string,
  retryAfter: string | null,
): Error {
  const message = upstreamMessage(body) ?? `${service} answered HTTP ${status}`;
  if (status === 503 || status === 429) {
    const seconds = Number(retryAfter);
    return new BusyError(message, {
      retryAfterS: Number.isFinite(seconds) && seconds > 0 ? seconds : 5,
      source: `upstream:${service}`,
    });
  }
  if (status >= 400 && status < 500) {
    return new UpstreamError(service, message, { upstreamStatus: status, passStatus: status });
  }
  return new UpstreamError(service, message, { upstreamStatus: status, timeout: status === 504 });
}
