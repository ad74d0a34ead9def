/** JSON requests from islands: same-origin, errors turned into their plain message. */

/** Sends JSON and returns the parsed answer; throws an Error with the server's message. */
export async function sendJson<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const message = (data as { error?: { message?: string } }).error?.message;
    throw new Error(message ?? `The controller answered ${res.status}`);
  }
  return data as T;
}

/** Copies text to the clipboard; false when the browser refuses (e.g. plain http). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // clipboard needs a secure context; the text stays selectable on the page
  }
}
