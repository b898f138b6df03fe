// A stock-availability SSE client for tests: collects the stream's `stock` events to wait on.
export type StockMessage = { productId: string; variantId?: string; listingId?: string; available: number };

/** Reads an SSE stream and hands each `stock` event's data to the waiters. */
export async function openStream(url: string) {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal, headers: { accept: 'text/event-stream' } });
  const messages: StockMessage[] = [];
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const chunk = await reader?.read().catch(() => undefined);
      if (!chunk || chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const frame = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const data = frame.split('\n').find((l) => l.startsWith('data: '));
        if (frame.includes('event: stock') && data) messages.push(JSON.parse(data.slice(6)) as StockMessage);
      }
    }
  })();
  async function waitFor(match: (m: StockMessage) => boolean, timeoutMs = 10_000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const found = messages.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no matching message; got ${JSON.stringify(messages)}`);
  }
  return {
    res,
    messages,
    waitFor,
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}
