import type { OrderReturn, Tracking } from '@/lib/api/orders';
import { onDay, statusWord } from '@/lib/order-status';
import { requestReturnAction } from '../actions';

const REASONS = [
  'Does not fit',
  'Arrived damaged',
  'Not as described',
  'Wrong item sent',
  'Changed my mind',
  'Other',
];

/** 0, 1, …, max: the quantities a select offers. */
const upTo = (max: number) => [...Array(max + 1).keys()];

type Props = {
  t: Tracking;
  returns: OrderReturn[];
  returnable: Map<string, number>;
  email: string;
  csrf: string;
};

function Existing({ returns }: { returns: OrderReturn[] }) {
  if (returns.length === 0) return null;
  return (
    <ul className="returns" data-testid="returns">
      {returns.map((r) => (
        <li key={r.id}>
          <strong>Return {r.number}</strong>: {statusWord(r.status)}
          <span className="muted"> · asked {onDay(r.createdAt)}</span>
          <ul>
            {r.items.map((i) => (
              <li key={i.itemId}>
                {i.quantity} × {i.title}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** Why nothing can be returned (yet), so the shopper is not left guessing. */
function nothingToReturn(t: Tracking): string {
  if (t.status === 'CANCELED') return 'This order was canceled, so there is nothing to return.';
  if (t.items.every((i) => i.quantityFulfilled === 0))
    return 'You can ask for a return once your order has shipped.';
  return 'Everything that shipped is already returned or in a return request.';
}

/** The order's returns and a form to ask for one: how many of each shipped line, and why. */
export function Returns({ t, returns, returnable, email, csrf }: Props) {
  const eligible = t.items.filter((i) => (returnable.get(i.id) ?? 0) > 0);
  return (
    <section aria-labelledby="returns-h" className="track-card">
      <h2 id="returns-h">Returns</h2>
      <Existing returns={returns} />
      {eligible.length === 0 ? (
        <p className="muted">{nothingToReturn(t)}</p>
      ) : (
        <form action={requestReturnAction} className="stack return-form">
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="orderNumber" value={t.orderNumber} />
          <input type="hidden" name="email" value={email} />
          <fieldset className="stack">
            <legend>What would you like to return?</legend>
            {eligible.map((i) => (
              <label key={i.id} className="return-line">
                <span>
                  {i.title} <span className="muted">(up to {returnable.get(i.id)})</span>
                </span>
                <select name={`qty:${i.id}`} defaultValue="0">
                  {upTo(returnable.get(i.id) ?? 0).map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          <label>
            Reason
            <select name="reason" required defaultValue="">
              <option value="" disabled>
                Choose a reason
              </option>
              {REASONS.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <label>
            Anything we should know? (optional)
            <textarea name="details" rows={2} maxLength={500} />
          </label>
          <button type="submit" className="button button-wide">
            Request return
          </button>
        </form>
      )}
    </section>
  );
}
