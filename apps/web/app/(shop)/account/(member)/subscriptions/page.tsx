import { SUBSCRIPTION_ACTION_LABEL, SUBSCRIPTION_ACTIONS, SUBSCRIPTION_STATUS } from '@ventory/shop-core';
import type { Metadata } from 'next';
import { AccountGate } from '@/components/AccountGate';
import { Notice } from '@/components/Notice';
import { every } from '@/components/SubscribeAndSave';
import { mySubscriptions, type Subscription, subscriptionPlans } from '@/lib/api/account';
import { csrfToken } from '@/lib/csrf';
import { money } from '@/lib/format';
import { currentShopper } from '../../shopper';
import { changeSubscription } from '../../subscription-actions';

export const metadata: Metadata = { title: 'Subscriptions', robots: { index: false } };

const SAVED: Record<string, string> = {
  subscribed: 'You are subscribed: the first delivery is on its way.',
  pause: 'Subscription paused.',
  resume: 'Subscription resumed.',
  cancel: 'Subscription canceled.',
};

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** The shopper's subscribe-and-save deliveries: what, how often, next date; pause, resume, cancel. */
export default async function SubscriptionsPage({ searchParams }: Props) {
  const [s, sp, csrf] = await Promise.all([currentShopper(), searchParams, csrfToken()]);
  if (!s.me) return <AccountGate title="Subscriptions" next="/account/subscriptions" />;
  const [subs, plans] = await Promise.all([mySubscriptions(s.store, s.token), subscriptionPlans(s.store)]);
  const planOf = new Map(plans.map((p) => [p.id, p]));
  return (
    <>
      <h1>Subscriptions</h1>
      <Notice error={sp.error} info={sp.saved ? SAVED[sp.saved] : undefined} />
      {subs.length === 0 ? <p>Products you subscribe to (Subscribe and save) appear here.</p> : null}
      <ul className="account-list">
        {subs.map((sub) => {
          const plan = planOf.get(sub.planId);
          const name = plan ? `${sub.quantity} × ${plan.name}` : `${sub.quantity} × subscription`;
          return (
            <li key={sub.id} className="account-card account-line" data-testid="subscription">
              <p>
                <strong>{name}</strong>
                {plan ? ` ${every(plan)}, ${money(plan.price, s.store.currency)} each` : null}
                <br />
                <span className="muted">
                  {SUBSCRIPTION_STATUS[sub.status]}
                  {sub.status === 'ACTIVE'
                    ? ` · next delivery ${new Date(sub.nextRenewalAt).toLocaleDateString('en-US', { dateStyle: 'medium' })}`
                    : ''}
                </span>
              </p>
              <div className="row">
                {SUBSCRIPTION_ACTIONS[sub.status].map((verb) => (
                  <form key={verb} action={changeSubscription}>
                    <input type="hidden" name="csrf" value={csrf} />
                    <input type="hidden" name="id" value={sub.id} />
                    <input type="hidden" name="verb" value={verb} />
                    <button type="submit" className="link-button">
                      {SUBSCRIPTION_ACTION_LABEL[verb]}
                      <span className="sr-only"> {name}</span>
                    </button>
                  </form>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
