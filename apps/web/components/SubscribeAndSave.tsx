import { subscribeToPlan } from '@/app/(shop)/account/subscription-actions';
import { type SubscriptionPlan, subscriptionPlans } from '@/lib/api/account';
import type { Store } from '@/lib/api/store';
import { csrfToken } from '@/lib/csrf';
import { money } from '@/lib/format';

const UNIT: Record<SubscriptionPlan['interval'], string> = {
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
};
export const every = (p: Pick<SubscriptionPlan, 'interval' | 'intervalCount'>) =>
  p.intervalCount === 1 ? `every ${UNIT[p.interval]}` : `every ${p.intervalCount} ${UNIT[p.interval]}s`;

/** Subscribe and save on a product page: shown only when the store offers plans for it. */
export async function SubscribeAndSave({
  store,
  listingId,
  slug,
  price,
}: {
  store: Store;
  listingId: string;
  slug: string;
  price: string;
}) {
  const plans = await subscriptionPlans(store, listingId);
  if (plans.length === 0) return null;
  const csrf = await csrfToken();
  return (
    <form action={subscribeToPlan} className="subscribe-box stack" aria-labelledby="subscribe-h">
      <h2 id="subscribe-h">Subscribe and save</h2>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="slug" value={slug} />
      <fieldset className="stack">
        <legend>Deliver</legend>
        {plans.map((p, i) => (
          <label key={p.id} className="radio-card">
            <input type="radio" name="planId" value={p.id} defaultChecked={i === 0} />
            <span>
              {p.name}: {every(p)}, {money(p.price, store.currency)} each
              {Number(p.price) < Number(price) ? (
                <strong> (save {money((Number(price) - Number(p.price)).toFixed(2), store.currency)})</strong>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
      <label>
        Quantity <input type="number" name="quantity" min={1} max={99} defaultValue={1} inputMode="numeric" />
      </label>
      <button type="submit" className="button button-wide">
        Subscribe
      </button>
      <p className="muted">
        Charged now and then at each delivery to your saved card; pause or cancel any time.
      </p>
    </form>
  );
}
