'use client';
// The payment link of an unpaid order: create it, then copy it to send to the customer.
import type { PaymentLink } from '@ventory/sdk';
import { useId, useRef, useState } from 'react';
import { useSession } from '@/lib/session';
import { FormAlert } from './settings-ui';
import { message } from './ui';

/** The link with its Copy button (the text stays selectable where the clipboard is refused). */
export function CopyLink({ link }: { link: PaymentLink }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState('');
  return (
    <div className="field payment-link">
      <label htmlFor={id}>Payment link</label>
      <div className="row">
        <input id={id} ref={input} readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          onClick={async () => {
            input.current?.select();
            try {
              await navigator.clipboard.writeText(link.url);
              setCopied('Link copied.');
            } catch {
              setCopied('Press Ctrl+C to copy the selected link.');
            }
          }}
        >
          Copy
        </button>
      </div>
      <p className="muted">
        Valid until {new Date(link.expiresAt).toLocaleString('en-GB')}. Send it to the customer; the order
        turns Paid when they pay.
      </p>
      <p role="status" className="ok">
        {copied}
      </p>
    </div>
  );
}

/** On an unpaid order's page: make a link (a new one each time; older ones stay valid until they expire). */
export function PaymentLinkPanel({ storeId, orderId }: { storeId: string; orderId: string }) {
  const { client } = useSession();
  const [link, setLink] = useState<PaymentLink | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <section className="panel" aria-labelledby="paylink-h">
      <h2 id="paylink-h">Payment link</h2>
      {link ? <CopyLink link={link} /> : <p className="muted">Let the customer pay this order online.</p>}
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError('');
          try {
            setLink(await client.commerce.orders.paymentLink(storeId, orderId));
          } catch (err) {
            setError(message(err));
          } finally {
            setBusy(false);
          }
        }}
      >
        {link ? 'Create a new payment link' : 'Create payment link'}
      </button>
      <FormAlert error={error} />
    </section>
  );
}
