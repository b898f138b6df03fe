import type { Tracking } from '@/lib/api/orders';
import { money } from '@/lib/format';
import { statusWord, when } from '@/lib/order-status';

const STEPS = ['Placed', 'Being prepared', 'Shipped', 'Delivered'] as const;
const STEP_OF: Record<string, number> = { PENDING: 0, PROCESSING: 1, SHIPPED: 2, DELIVERED: 3, RETURNED: 3 };

/** Where the order is, as a four-step progress line plus the three states in words. */
export function StatusSummary({ t }: { t: Tracking }) {
  const at = STEP_OF[t.status];
  return (
    <section aria-labelledby="status-h" className="track-card">
      <h2 id="status-h">Status</h2>
      {at === undefined ? null : (
        <ol className="progress" aria-label="Order progress">
          {STEPS.map((s, i) => (
            <li key={s} className={i <= at ? 'done' : undefined} aria-current={i === at ? 'step' : undefined}>
              {s}
            </li>
          ))}
        </ol>
      )}
      <dl className="status-grid">
        <div>
          <dt>Order</dt>
          <dd data-testid="order-status">{statusWord(t.status)}</dd>
        </div>
        <div>
          <dt>Payment</dt>
          <dd data-testid="payment-status">{statusWord(t.paymentStatus, 'payment')}</dd>
        </div>
        <div>
          <dt>Delivery</dt>
          <dd data-testid="fulfillment-status">{statusWord(t.fulfillmentStatus)}</dd>
        </div>
      </dl>
    </section>
  );
}

export function Lines({ t }: { t: Tracking }) {
  return (
    <section aria-labelledby="lines-h" className="track-card">
      <h2 id="lines-h">Items</h2>
      <ul className="track-lines">
        {t.items.map((i) => (
          <li key={i.id}>
            <span className="line-name">
              {i.quantity} × {i.title}
            </span>
            <span className="muted">
              {i.quantityFulfilled > 0 ? `${i.quantityFulfilled} shipped` : 'not shipped yet'}
              {i.quantityReturned > 0 ? ` · ${i.quantityReturned} returned` : ''}
            </span>
            <span className="line-amount">{money(i.totalAmount, t.currency)}</span>
          </li>
        ))}
      </ul>
      <p className="track-total">
        Total <strong>{money(t.totalAmount, t.currency)}</strong>
      </p>
    </section>
  );
}

type Shipment = Tracking['shipments'][number];

function Carrier({ s }: { s: Shipment }) {
  if (!s.trackingNumber) return <p className="muted">No tracking number yet.</p>;
  return (
    <p>
      {s.carrier ?? 'Carrier'} tracking number{' '}
      {s.trackingUrl && /^https?:\/\//.test(s.trackingUrl) ? (
        // noreferrer: this page's address carries the shopper's email.
        <a href={s.trackingUrl} rel="noopener noreferrer" data-testid="tracking-number">
          {s.trackingNumber}
        </a>
      ) : (
        <strong data-testid="tracking-number">{s.trackingNumber}</strong>
      )}
    </p>
  );
}

export function Shipments({ t }: { t: Tracking }) {
  return (
    <section aria-labelledby="shipments-h" className="track-card">
      <h2 id="shipments-h">Shipments</h2>
      {t.shipments.length === 0 ? <p className="muted">Your order has not been packed yet.</p> : null}
      {t.shipments.map((s) => (
        <article key={s.number} className="shipment" data-testid="shipment">
          <h3>
            Package {s.number}: {statusWord(s.status)}
          </h3>
          <Carrier s={s} />
          <ul className="muted">
            {s.items.map((i) => (
              <li key={`${i.title}-${i.sku}`}>
                {i.quantity} × {i.title}
              </li>
            ))}
          </ul>
          {s.events.length > 0 ? (
            <ol className="timeline">
              {s.events.map((e) => (
                <li key={`${e.status}-${e.occurredAt}`}>
                  <time dateTime={e.occurredAt}>{when(e.occurredAt)}</time> {e.description}
                </li>
              ))}
            </ol>
          ) : null}
        </article>
      ))}
    </section>
  );
}

export function Timeline({ t }: { t: Tracking }) {
  if (t.timeline.length === 0) return null;
  return (
    <section aria-labelledby="timeline-h" className="track-card">
      <h2 id="timeline-h">History</h2>
      <ol className="timeline" data-testid="timeline">
        {t.timeline.map((e) => (
          <li key={`${e.type}-${e.occurredAt}`}>
            <time dateTime={e.occurredAt}>{when(e.occurredAt)}</time> {e.message}
          </li>
        ))}
      </ol>
    </section>
  );
}
