'use client';
import { useEffect, useState } from 'react';

export function availabilityText(n: number): string {
  return n > 0 ? (n < 5 ? `Only ${n} left` : 'In stock') : 'Out of stock';
}

/**
 * The listing's availability, rendered by the server and then kept live from the stock stream
 * (SSE via /api/stock): a sale elsewhere shows here without a reload.
 */
export function LiveAvailability({ listingId, initial }: { listingId: string; initial: number }) {
  const [available, setAvailable] = useState(initial);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/stock?listing=${listingId}`);
    source.addEventListener('stock', (e) => {
      try {
        const m = JSON.parse((e as MessageEvent<string>).data) as {
          listingId?: string;
          variantId?: string;
          available: number;
        };
        if (m.listingId === listingId && !m.variantId) setAvailable(m.available);
      } catch {}
    });
    return () => source.close();
  }, [listingId]);
  return (
    <p className={`stock ${available > 0 ? 'in' : 'out'}`} data-testid="availability" aria-live="polite">
      {availabilityText(available)}
    </p>
  );
}
