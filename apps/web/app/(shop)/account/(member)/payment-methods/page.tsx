import { brandName } from '@ventory/shop-core';
import type { Metadata } from 'next';
import { AccountGate } from '@/components/AccountGate';
import { Notice } from '@/components/Notice';
import { type SavedPaymentMethod, savedCards } from '@/lib/api/account';
import { paymentMethods } from '@/lib/api/cart';
import { csrfToken } from '@/lib/csrf';
import { addCard, deleteCard } from '../../actions';
import { currentShopper } from '../../shopper';

export const metadata: Metadata = { title: 'Payment methods', robots: { index: false } };

const SAVED: Record<string, string> = { added: 'Card saved.', deleted: 'Card removed.' };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const expiry = (m: SavedPaymentMethod) =>
  m.expMonth && m.expYear ? `${String(m.expMonth).padStart(2, '0')}/${String(m.expYear).slice(-2)}` : '—';

function CardRow({ m, csrf }: { m: SavedPaymentMethod; csrf: string }) {
  const name = `${brandName(m.brand)} ending in ${m.last4 ?? '????'}`;
  return (
    <li className="account-card account-line" data-testid="saved-card">
      <p>
        <strong>{name}</strong>
        <br />
        <span className="muted">Expires {expiry(m)}</span>
      </p>
      <form action={deleteCard}>
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="id" value={m.id} />
        <button type="submit" className="link-button">
          Delete<span className="sr-only"> {name}</span>
        </button>
      </form>
    </li>
  );
}

/**
 * Saved cards: only the gateway's token and display data are kept. New cards are tokenised by the
 * store's card gateway; in test mode (the `test` provider) the token is typed in (tok_visa...).
 */
export default async function PaymentMethodsPage({ searchParams }: Props) {
  const [s, sp, csrf] = await Promise.all([currentShopper(), searchParams, csrfToken()]);
  if (!s.me) return <AccountGate title="Payment methods" next="/account/payment-methods" />;
  const [cards, methods] = await Promise.all([savedCards(s.store, s.token), paymentMethods(s.store)]);
  const testMethods = methods.filter((m) => m.provider === 'test');
  return (
    <>
      <h1>Payment methods</h1>
      <Notice error={sp.error} info={SAVED[sp.saved ?? '']} />
      {cards.length === 0 ? <p>No saved cards. You can save one here or at checkout.</p> : null}
      <ul className="account-cards">
        {cards.map((m) => (
          <CardRow key={m.id} m={m} csrf={csrf} />
        ))}
      </ul>
      {testMethods.length > 0 ? (
        <section aria-labelledby="add-card-h" className="account-card">
          <h2 id="add-card-h">Add a card</h2>
          <form action={addCard} className="stack narrow">
            <input type="hidden" name="csrf" value={csrf} />
            {testMethods.length > 1 ? (
              <label>
                Payment method
                <select name="paymentMethodId">
                  {testMethods.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <input type="hidden" name="paymentMethodId" value={testMethods[0]?.id} />
            )}
            <label>
              Card token
              <input
                name="cardToken"
                required
                autoComplete="off"
                placeholder="tok_visa"
                aria-describedby="card-hint"
              />
            </label>
            <p id="card-hint" className="muted">
              Test mode: use <code>tok_visa</code>, <code>tok_mastercard</code> or <code>tok_amex</code>.
            </p>
            <p>
              <button type="submit" className="button">
                Save card
              </button>
            </p>
          </form>
        </section>
      ) : (
        <p className="muted">Cards are saved when you pay at checkout.</p>
      )}
    </>
  );
}
