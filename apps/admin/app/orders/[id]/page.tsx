'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Order } from '@ventory/sdk';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { OrderEmails } from '@/components/order-emails';
import { InternalNotes, OrderPapers } from '@/components/order-papers';
import { OrderReturns } from '@/components/order-returns';
import { PaymentLinkPanel } from '@/components/payment-link';
import { ConfirmButton, Field, fieldErrors, message, money, Page, States } from '@/components/ui';
import { useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

export default function OrderPage() {
  const { id } = useParams<{ id: string }>();
  const { client } = useSession();
  const { current } = useStores();
  const storeId = current?.id ?? '';
  const queries = useQueryClient();
  const order = useQuery({
    queryKey: ['order', storeId, id],
    queryFn: () => client.commerce.orders.get(storeId, id),
    enabled: !!storeId,
  });
  const timeline = useQuery({
    queryKey: ['order', storeId, id, 'timeline'],
    queryFn: () => client.fulfillment.timeline(storeId, id),
    enabled: !!storeId,
  });
  const reload = () => queries.invalidateQueries({ queryKey: ['order', storeId, id] });
  const title = order.data ? `Order ${order.data.orderNumber}` : 'Order';
  return (
    <Page title={title} crumbs={[{ label: 'Orders', href: `/orders?store=${storeId}` }, { label: title }]}>
      <States query={order} empty="">
        {(o) => (
          <>
            <section className="cards" aria-label="Summary">
              <div className="card">
                <h2>Status</h2>
                <p data-testid="order-status">{o.status}</p>
              </div>
              <div className="card">
                <h2>Payment</h2>
                <p data-testid="payment-status">{o.paymentStatus}</p>
              </div>
              <div className="card">
                <h2>Fulfilment</h2>
                <p data-testid="fulfillment-status">{o.fulfillmentStatus}</p>
              </div>
              <div className="card">
                <h2>Total</h2>
                <p className="big">{money(o.totalAmount, o.currency)}</p>
                <p className="muted">{o.customerEmail}</p>
              </div>
            </section>
            <Lines order={o} />
            <Payments order={o} />
            {(o.paymentStatus === 'PENDING' || o.paymentStatus === 'FAILED') &&
            o.status !== 'CANCELED' &&
            o.status !== 'RETURNED' ? (
              <PaymentLinkPanel storeId={storeId} orderId={o.id} />
            ) : null}
            <Refund order={o} onDone={reload} />
            <OrderReturns order={o} />
            <OrderPapers storeId={storeId} order={o} />
            <OrderEmails order={o} />
            <InternalNotes storeId={storeId} order={o} />
            {o.status !== 'CANCELED' && o.fulfillmentStatus === 'UNFULFILLED' ? (
              <section className="panel" aria-label="Cancel">
                <ConfirmButton
                  label="Cancel order"
                  what={`Order ${o.orderNumber} is canceled, its stock released and paid amounts refunded to the original payments.`}
                  confirmLabel="Cancel the order"
                  onConfirm={async () => {
                    await client.fulfillment.cancel(storeId, o.id, { reason: 'Canceled in admin' });
                    await reload();
                  }}
                />
              </section>
            ) : null}
          </>
        )}
      </States>
      <section className="panel" aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <States query={timeline} empty="Nothing happened yet." isEmpty={(d) => d.data.length === 0}>
          {(d) => (
            <ol>
              {d.data.map((t) => (
                <li key={t.id}>
                  <time dateTime={t.createdAt}>{new Date(t.createdAt).toLocaleString('en-GB')}</time>:{' '}
                  {t.message}
                </li>
              ))}
            </ol>
          )}
        </States>
      </section>
    </Page>
  );
}

function Lines({ order }: { order: Order }) {
  return (
    <section className="panel" aria-labelledby="lines-h">
      <h2 id="lines-h">Lines</h2>
      {/* Rows as cards on a phone, so the seven columns need no sideways scrolling there. */}
      <table className="cards-phone">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">SKU</th>
            <th scope="col">Qty</th>
            <th scope="col">Shipped</th>
            <th scope="col">Returned</th>
            <th scope="col">Refunded</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((i) => (
            <tr key={i.id}>
              <td className="span-all">{i.title}</td>
              <td data-label="SKU" className="span-2">
                {i.sku}
              </td>
              <td data-label="Qty">{i.quantity}</td>
              <td data-label="Shipped">{i.quantityFulfilled}</td>
              <td data-label="Returned">{i.quantityReturned}</td>
              <td data-label="Refunded">{i.quantityRefunded}</td>
              <td data-label="Total">{money(i.totalAmount, order.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Subtotal {money(order.subtotalAmount, order.currency)} · Shipping{' '}
        {money(order.shippingAmount, order.currency)} · Tax {money(order.taxAmount, order.currency)} ·
        Discount {money(order.discountAmount, order.currency)}
      </p>
    </section>
  );
}

function Payments({ order }: { order: Order }) {
  return (
    <section className="panel" aria-labelledby="payments-h">
      <h2 id="payments-h">Payments</h2>
      {order.payments.length === 0 ? <p className="muted">No payments.</p> : null}
      <ul>
        {order.payments.map((p) => (
          <li key={p.id} data-testid="payment">
            {p.provider} {p.card?.last4 ? `•••• ${p.card.last4}` : ''}: {money(p.amount, p.currency)}{' '}
            {p.status}
            {Number(p.refundedAmount) > 0 ? `, refunded ${money(p.refundedAmount, p.currency)}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Refund({ order, onDone }: { order: Order; onDone: () => Promise<unknown> }) {
  const { client } = useSession();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const refundable = order.payments.reduce((s, p) => s + Number(p.amount) - Number(p.refundedAmount), 0);
  if (refundable <= 0 || order.paymentStatus === 'PENDING') return null;
  return (
    <form
      className="panel"
      aria-labelledby="refund-h"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        setErrors({});
        setNote('');
        try {
          await client.fulfillment.refund(order.storeId, order.id, {
            amount: String(data.get('amount')),
            reason: String(data.get('reason') || '') || undefined,
          });
          setNote(`Refunded ${money(String(data.get('amount')), order.currency)} to the original payment.`);
          form.reset();
          await onDone();
        } catch (err) {
          setErrors({ ...fieldErrors(err), form: message(err) });
        }
      }}
    >
      <h2 id="refund-h">Refund</h2>
      <p className="muted">Up to {money(refundable, order.currency)}, back to the original payments.</p>
      <div className="row">
        <Field label="Refund amount" name="amount" inputMode="decimal" required error={errors.amount} />
        <Field label="Reason" name="reason" error={errors.reason} />
        <div className="field">
          <button type="submit">Refund</button>
        </div>
      </div>
      {errors.form ? (
        <p role="alert" className="error">
          {errors.form}
        </p>
      ) : null}
      {note ? (
        <p role="status" className="ok">
          {note}
        </p>
      ) : null}
    </form>
  );
}
