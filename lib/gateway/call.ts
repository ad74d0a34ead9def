import type { ServiceKind } from "../config/mod.ts";
import type { ClientRequest, GatewayDeps } from "./_context.ts";
import { forward, type Timeouts } from "./proxy.ts";
import { resolveUpstream } from "./upstream.ts";

/** One call to an upstream service through its admission queue. */
export interface UpstreamCall {
  /** Which service kind answers (decides the host and port). */
  kind: ServiceKind;
  /** Admission queue name; defaults to `kind` (diarization uses `diarize` on the `asr` host). */
  queue?: string;
  /** Path and query on the upstream, e.g. `/v1/chat/completions`. */
  path: string;
  method?: string;
  body?: BodyInit | null;
  /** Overrides the content type sent upstream (e.g. re-serialised JSON). */
  contentType?: string;
  timeouts?: Partial<Timeouts>;
  /** False skips the admission queue (cheap metadata calls like `/v1/models`). */
  admit?: boolean;
  /** Read the whole answer before returning (see `ForwardInit.whole`). */
  whole?: boolean;
}

/**
 * Resolves the upstream, waits for a slot in its queue (503 + Retry-After
 * when full), forwards the request and returns the streaming response. The
 * slot is held until the response body is finished or cancelled, so a long
 * stream counts against the concurrency limit for as long as it runs.
 */
export async function callUpstream(
  deps: GatewayDeps,
  client: ClientRequest,
  call: UpstreamCall,
): Promise<Response> {
  const upstream = resolveUpstream(deps.config.get(), call.kind);
  const release = call.admit === false
    ? () => {}
    : await deps.gateway.admissions.get(call.queue ?? call.kind).acquire(client.signal);
  return await forward(
    { fetch: deps.fetch, clock: deps.clock, reachability: deps.gateway.reachability },
    {
      service: call.kind,
      url: `${upstream.base}${call.path}`,
      method: call.method ?? "GET",
      headers: client.headers,
      contentType: call.contentType,
      body: call.body,
      signal: client.signal,
      timeouts: call.timeouts,
      onDone: release,
      whole: call.whole,
    },
  );
}

/**
 * POSTs `json` through {@link callUpstream}. `raw`, when given, is the
 * client's own serialisation of the same value (already parsed and
 * validated): it is sent as is, sparing a re-serialisation.
 */
export function postJson(
  deps: GatewayDeps,
  client: ClientRequest,
  call: Omit<UpstreamCall, "body" | "method" | "contentType"> & { json: unknown; raw?: string },
): Promise<Response> {
  const { json, raw, ...rest } = call;
  return callUpstream(deps, client, {
    ...rest,
    method: "POST",
    body: raw ?? JSON.stringify(json),
    contentType: "application/json",
  });
}
