import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { AccountGate } from '@/components/AccountGate';
import { dateText } from '@/components/AccountOrders';
import { Notice } from '@/components/Notice';
import { getOrders, type LoyaltyAccount, loyalty } from '@/lib/api/account';
import { csrfToken } from '@/lib/csrf';
import { money } from '@/lib/format';
import { redeemPoints } from '../../actions';
import { currentShopper, REDEEMED_COOKIE, sessionTag } from '../../shopper';

export const metadata: Metadata = { title: 'Loyalty points', robots: { index: false } };

const KIND: Record<string, string> = {
  EARN: 'Earned',
  REVERSE: 'Reversed',
  REDEEM: 'Redeemed',
  ADJUST: 'Adjustment',
};

type Props = { searchParams: Promise<Record<string, string | undefined>> };
type Redeemed = { code: string; balance: string; currency: string };

/** The gift card of the redemption this session just made, from its short-lived cookie. */
async function redeemed(token: string): Promise<Redeemed | null> {
  try {
    const raw = (await cookies()).get(REDEEMED_COOKIE)?.value;
    const v = raw ? (JSON.parse(raw) as Partial<Redeemed> & { session?: string }) : null;
    if (v?.session !== sessionTag(token)) return null;
    return v.code && v.balance && v.currency
      ? { code: v.code, balance: v.balance, currency: v.currency }
      : null;
  } catch {
    return null;
  }
}

function Credit({ card }: { card: Redeemed }) {
  return (
    <div role="status" className="info account-credit">
      <p>
        Your points are now store credit worth <strong>{money(card.balance, card.currency)}</strong>. Use this
        gift card code at checkout:
      </p>
      <p className="account-code" data-testid="gift-card-code">
        {card.code}
      </p>
      <p className="muted">Keep it somewhere safe: it is shown only once.</p>
    </div>
  );
}

function Ledger({ acct, numberOf }: { acct: LoyaltyAccount | null; numberOf: Map<string, string> }) {
  if (!acct || acct.ledger.data.length === 0) return <p>No points yet.</p>;
  return (
    <table className="orders account-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Activity</th>
          <th scope="col">Points</th>
          <th scope="col">Balance</th>
        </tr>
      </thead>
      <tbody>
        {acct.ledger.data.map((e) => {
          const order = e.orderId ? numberOf.get(e.orderId) : undefined;
          return (
            <tr key={e.id}>
              <td data-label="Date">{dateText(e.createdAt)}</td>
              <td data-label="Activity">
                {KIND[e.type] ?? e.type}
                {order ? ` · order ${order}` : e.reason ? ` · ${e.reason}` : ''}
              </td>
              <td data-label="Points">{e.points > 0 ? `+${e.points}` : e.points}</td>
              <td data-label="Balance">{e.balanceAfter}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Points balance, what it is worth, the ledger, and turning points into store credit. */
export default async function LoyaltyPage({ searchParams }: Props) {
  const [s, sp, csrf] = await Promise.all([currentShopper(), searchParams, csrfToken()]);
  if (!s.me) return <AccountGate title="Loyalty points" next="/account/loyalty" />;
  const [acct, { orders }, card] = await Promise.all([
    loyalty(s.store, s.token),
    getOrders(s.store, s.token),
    sp.redeemed ? redeemed(s.token) : null,
  ]);
  const balance = acct?.balance ?? 0;
  return (
    <>
      <h1>Loyalty points</h1>
      <Notice error={sp.error} />
      {card ? <Credit card={card} /> : null}
      <p className="account-balance">
        <span className="account-points" data-testid="points-balance">
          {balance.toLocaleString('en-US')}
        </span>{' '}
        points
        {acct ? <span className="muted"> · worth {money(acct.value, s.store.currency)}</span> : null}
      </p>
      {balance > 0 ? (
        <form action={redeemPoints} className="row account-redeem">
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="idempotencyKey" value={randomUUID()} />
          <label>
            Points to redeem
            <input
              type="number"
              name="points"
              min={1}
              max={balance}
              defaultValue={balance}
              inputMode="numeric"
              required
            />
          </label>
          <button type="submit" className="button">
            Redeem as store credit
          </button>
        </form>
      ) : (
        <p>You earn points with every paid order.</p>
      )}
      <section aria-labelledby="ledger-h">
        <h2 id="ledger-h">History</h2>
        <Ledger acct={acct} numberOf={new Map(orders.map((o) => [o.id, o.orderNumber]))} />
      </section>
    </>
  );
}
