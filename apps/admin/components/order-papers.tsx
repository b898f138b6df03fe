'use client';
// The order's printable papers and the merchant's internal notes, on the order page.
import { useQueryClient } from '@tanstack/react-query';
import type { Order } from '@ventory/sdk';
import { useState } from 'react';
import { openPdf } from '@/lib/download';
import { useSession } from '@/lib/session';
import { FormAlert, TextArea, useSave } from './settings-ui';
import { message } from './ui';

/** Invoice and packing slip, as PDFs the API renders (opened with the session's token). */
export function OrderPapers({ storeId, order }: { storeId: string; order: Order }) {
  const { client } = useSession();
  const [error, setError] = useState('');
  const open = (kind: 'invoice' | 'packing-slip') =>
    openPdf(
      client,
      `/api/stores/${storeId}/orders/${order.id}/${kind}.pdf`,
      `${kind}-${order.orderNumber}.pdf`,
    ).catch((e) => setError(message(e)));
  return (
    <section className="panel row" aria-label="Print">
      <button type="button" onClick={() => open('invoice')}>
        Invoice (PDF)
      </button>
      <button type="button" onClick={() => open('packing-slip')}>
        Packing slip (PDF)
      </button>
      <FormAlert error={error} />
    </section>
  );
}

/** Notes only staff see (the shopper's view of the order leaves them out). */
export function InternalNotes({ storeId, order }: { storeId: string; order: Order }) {
  const { client } = useSession();
  const queries = useQueryClient();
  const [text, setText] = useState(order.internalNotes ?? '');
  const [saved, setSaved] = useState(false);
  const { errors, busy, run } = useSave(async () => {
    const updated = await client.commerce.orders.update(storeId, order.id, {
      internalNotes: text.trim() || null,
    });
    queries.setQueryData(['order', storeId, order.id], updated);
    setSaved(true);
  });
  return (
    <form
      className="panel"
      aria-labelledby="internal-notes-h"
      onSubmit={(e) => {
        e.preventDefault();
        run(undefined);
      }}
    >
      <h2 id="internal-notes-h">Internal notes</h2>
      <TextArea
        label="Notes for your team (the customer never sees them)"
        name="internalNotes"
        rows={4}
        value={text}
        onChange={(e) => {
          setSaved(false);
          setText(e.target.value);
        }}
        error={errors.internalNotes}
      />
      <FormAlert error={errors.form} />
      <div className="row">
        <button type="submit" disabled={busy || text === (order.internalNotes ?? '')}>
          Save notes
        </button>
        <p role="status" className="muted">
          {saved ? 'Notes saved.' : ''}
        </p>
      </div>
    </form>
  );
}
