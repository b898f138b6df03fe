'use client';
// The order's emails to the customer: send the confirmation (or, once shipped, the shipment email)
// again, and the latest emails to that address from the store's log.
import { useQuery } from '@tanstack/react-query';
import type { Order } from '@ventory/sdk';
import { useState } from 'react';
import { useResendEmail } from '@/lib/returns';
import { useSession } from '@/lib/session';
import { ConfirmButton, States } from './ui';

const LABELS = { order_confirmation: 'order confirmation', shipment: 'shipment email' } as const;

export function OrderEmails({ order }: { order: Order }) {
  const { client } = useSession();
  const resend = useResendEmail(order.storeId, order.id);
  const [sent, setSent] = useState('');
  const to = order.customerEmail ?? '';
  const log = useQuery({
    queryKey: ['order', order.storeId, order.id, 'emails', to],
    queryFn: () => client.emails.log(order.storeId, `?to=${encodeURIComponent(to)}&limit=10`),
    enabled: !!to,
    refetchInterval: (q) =>
      q.state.data?.data.some((e) => e.status === 'PENDING' || e.status === 'SENDING') ? 2000 : false,
  });
  if (!to) return null;
  const shipped = order.fulfillmentStatus !== 'UNFULFILLED';
  const templates = shipped
    ? (['order_confirmation', 'shipment'] as const)
    : (['order_confirmation'] as const);
  return (
    <section className="panel" aria-labelledby="emails-h">
      <h2 id="emails-h">Customer emails</h2>
      <div className="row">
        {templates.map((template) => (
          <ConfirmButton
            key={template}
            label={`Resend ${LABELS[template]}`}
            what={`The ${LABELS[template]} of order ${order.orderNumber} goes to ${to} again.`}
            confirmLabel="Send it"
            destructive={false}
            onConfirm={async () => {
              setSent('');
              const email = await resend.mutateAsync({ template });
              setSent(`The ${LABELS[template]} is on its way to ${email.to}.`);
              await log.refetch();
            }}
          />
        ))}
      </div>
      <p role="status" className="ok">
        {sent}
      </p>
      <h3>Latest emails to {to}</h3>
      <States query={log} empty="No emails to this address yet." isEmpty={(d) => d.data.length === 0}>
        {(d) => (
          <ul aria-label="Latest emails">
            {d.data.map((e) => (
              <li key={e.id}>
                <time dateTime={e.createdAt}>{new Date(e.createdAt).toLocaleString('en-GB')}</time>:{' '}
                {e.subject} <span className="muted">({e.status.toLowerCase()})</span>
              </li>
            ))}
          </ul>
        )}
      </States>
    </section>
  );
}
