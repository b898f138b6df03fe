'use client';
import { StockBadge } from '@ventory/ui';
import { useEffect, useState } from 'react';

/**
 * The listing's availability (the stock badge the Expo app shows too), rendered by the server and then kept live from the stock stream
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
    <div aria-live="polite" className="stock-live">
      <StockBadge available={available} testID="availability" />
    </div>
  );
}
