// No imports on purpose: this file is also type-checked and unit-tested by
// the Deno test suite (tests/startos_test.ts), which cannot resolve the SDK.

/** Outcome of one health probe, in the shape StartOS health checks return. */
export type HealthzResult =
  | { result: 'success'; message: string }
  | { result: 'failure'; message: string }

/** Texts shown in StartOS, already translated by the caller. */
export type HealthzMessages = {
  ok: string
  badStatus: (status: number) => string
  unreachable: (reason: string) => string
}

/**
 * Probes the controller's /healthz. Unlike the SDK's checkWebUrl, which
 * counts any HTTP answer as healthy, a non-2xx status is a failure: a
 * controller answering 500 is not ready.
 */
export async function checkHealthz(
  url: string,
  messages: HealthzMessages,
  opts: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<HealthzResult> {
  const doFetch = opts.fetch ?? fetch
  try {
    const res = await doFetch(url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(opts.timeoutMs ?? 5_000),
    })
    // Drain the body so the connection is released.
    await res.arrayBuffer().catch(() => undefined)
    if (res.status >= 200 && res.status < 300) {
      return { result: 'success', message: messages.ok }
    }
    return { result: 'failure', message: messages.badStatus(res.status) }
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    return { result: 'failure', message: messages.unreachable(reason) }
  }
}
