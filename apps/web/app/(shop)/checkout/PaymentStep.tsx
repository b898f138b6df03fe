import { randomUUID } from 'node:crypto';
import { brandName, preferredMethod } from '@ventory/shop-core';
import { applyCoupon } from '@/app/(shop)/actions';
import { CardFields } from '@/components/CardFields';
import Link from '@/components/Link';
import { StripeCardFields } from '@/components/StripeCardFields';
import { type Cart, type PublicPaymentMethod, paymentMethods } from '@/lib/api/cart';
import { type GiftCardBalance, giftCardBalance, type SavedPaymentMethod, savedCards } from '@/lib/api/orders';
import type { Store } from '@/lib/api/store';
import { money } from '@/lib/format';
import { appliedGiftCard, isExpired, maskCode, type PaymentSplit, splitPayment } from '@/lib/gift-card';
import { cardFieldsUrl, gatewayOrigin } from '@/lib/public-api';
import { currentOrigin } from '@/lib/tenant';
import { applyGiftCard, placeOrder } from './actions';

type Props = { cart: Cart; store: Store; csrf: string; token?: string };
type Applied = { code: string; card: GiftCardBalance | null; problem: string | null };

/** The applied gift card with its live balance, or why it cannot be used now. */
async function loadGiftCard(store: Store, cartId: string): Promise<Applied | null> {
  const code = await appliedGiftCard(cartId);
  if (!code) return null;
  try {
    const card = await giftCardBalance(store, code);
    if (!card) return { code, card: null, problem: 'This gift card is no longer valid.' };
    if (isExpired(card)) return { code, card: null, problem: 'This gift card has expired.' };
    return { code, card, problem: null };
  } catch {
    return { code, card: null, problem: 'We could not check this gift card right now; try again shortly.' };
  }
}

function GiftCardBox({ applied, split, store, csrf }: { applied: Applied | null } & Shared) {
  return (
    <section className="gift-box" aria-labelledby="gift-heading">
      <h2 id="gift-heading">Gift card</h2>
      {applied ? (
        <form action={applyGiftCard} className="stack">
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="remove" value="1" />
          <p data-testid="gift-card-applied">
            Gift card {maskCode(applied.code)}
            {applied.card ? (
              <>
                {' '}
                · balance <strong>{money(applied.card.balance, applied.card.currency)}</strong>
              </>
            ) : null}
          </p>
          {applied.problem ? (
            <p className="error">{applied.problem}</p>
          ) : (
            <p data-testid="gift-card-covers">
              It covers <strong>{money(split.giftAmount, store.currency)}</strong>
              {split.cardAmount ? (
                <>
                  ; your card pays the remaining <strong>{money(split.cardAmount, store.currency)}</strong>.
                </>
              ) : (
                ': the whole order. No card needed.'
              )}
            </p>
          )}
          <button type="submit" className="link-button">
            Remove gift card
          </button>
        </form>
      ) : (
        <form action={applyGiftCard} className="inline-form">
          <input type="hidden" name="csrf" value={csrf} />
          <label htmlFor="gift-code">Gift card code</label>
          <div className="row">
            <input
              id="gift-code"
              name="giftCardCode"
              autoComplete="off"
              required
              minLength={4}
              maxLength={64}
            />
            <button type="submit" className="button button-small">
              Apply
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

type Shared = { split: PaymentSplit; store: Store; csrf: string };

const cardName = (c: SavedPaymentMethod) => {
  const expiry =
    c.expMonth && c.expYear
      ? `, expires ${String(c.expMonth).padStart(2, '0')}/${String(c.expYear).slice(-2)}`
      : '';
  return `${brandName(c.brand)} ending ${c.last4 ?? '????'}${expiry}`;
};

/**
 * A new card: the test gateway's hosted fields, Stripe's Payment Element (with the store's
 * publishable key), or a gateway token for anything else (API-style).
 */
function NewCard({ method, frame }: { method: PublicPaymentMethod; frame: Frame }) {
  if (method.provider === 'stripe' && method.publishableKey && frame.amount)
    return (
      <StripeCardFields
        publishableKey={method.publishableKey}
        methodId={method.id}
        amount={frame.amount}
        currency={frame.currency}
        accent={frame.accent}
      />
    );
  if (method.provider === 'test')
    return (
      <>
        <CardFields src={frame.src} gatewayOrigin={frame.origin} methodId={method.id} />
        <noscript>
          <label>
            Card token
            <input name={`token-${method.id}`} autoComplete="off" placeholder="tok_visa" />
          </label>
        </noscript>
      </>
    );
  return (
    <label>
      Card token
      <input name={`token-${method.id}`} autoComplete="off" aria-describedby={`hint-${method.id}`} />
      <span id={`hint-${method.id}`} className="muted">
        A token from {method.name}'s own card form.
      </span>
    </label>
  );
}

/** Saved cards of this method (signed-in shoppers), or a new card. */
function CardChoice({
  method,
  saved,
  signedIn,
  frame,
}: {
  method: PublicPaymentMethod;
  saved: SavedPaymentMethod[];
  signedIn: boolean;
  frame: Frame;
}) {
  return (
    <div className="stack card-choice">
      {saved.map((c, i) => (
        <label key={c.id} className="radio-card">
          <input type="radio" name="card" value={c.id} defaultChecked={i === 0} />
          <span>{cardName(c)}</span>
        </label>
      ))}
      <div className={saved.length > 0 ? 'radio-card new-card' : 'new-card'}>
        {saved.length > 0 ? (
          <label>
            <input type="radio" name="card" value="new" /> A new card
          </label>
        ) : null}
        <NewCard method={method} frame={frame} />
        {signedIn ? (
          <label className="check">
            <input type="checkbox" name="saveCard" /> Save this card for next time
          </label>
        ) : null}
      </div>
    </div>
  );
}

/** What card fields need: the test gateway's frame, and the amount and colours for Stripe's. */
export type Frame = { src: string; origin: string; amount: string | null; currency: string; accent: string };

/** The store's payment methods to choose from; each shows what it needs (a card, or instructions). */
export function MethodChoice({
  methods,
  saved,
  signedIn,
  frame,
}: {
  methods: PublicPaymentMethod[];
  saved: SavedPaymentMethod[];
  signedIn: boolean;
  frame: Frame;
}) {
  const preferred = preferredMethod(methods);
  const body = (m: PublicPaymentMethod) =>
    m.provider === 'manual' ? (
      <p className="muted">{m.instructions ?? 'You will receive payment instructions by email.'}</p>
    ) : (
      <CardChoice
        method={m}
        saved={saved.filter((c) => c.paymentMethodId === m.id)}
        signedIn={signedIn}
        frame={frame}
      />
    );
  if (methods.length === 1 && preferred)
    return (
      <fieldset className="stack pay-methods">
        <legend>{preferred.provider === 'manual' ? preferred.name : 'Card'}</legend>
        <input type="hidden" name="paymentMethodId" value={preferred.id} data-provider={preferred.provider} />
        {body(preferred)}
      </fieldset>
    );
  return (
    <fieldset className="stack pay-methods">
      <legend>Payment method</legend>
      {methods.map((m) => (
        <div key={m.id} className="pay-method">
          <label className="pay-method-name">
            <input
              type="radio"
              name="paymentMethodId"
              value={m.id}
              data-provider={m.provider}
              defaultChecked={m.id === preferred?.id}
            />{' '}
            {m.name}
          </label>
          <div className="pay-method-body">{body(m)}</div>
        </div>
      ))}
    </fieldset>
  );
}

function payLabel(split: PaymentSplit, total: string, currency: string): string {
  if (split.cardAmount)
    return `Pay ${money(split.cardAmount, currency)}${split.giftAmount ? ' by card' : ''}`;
  return split.giftAmount ? `Pay ${money(total, currency)} with gift card` : 'Place order';
}

/** Payment: coupon, gift card (balance and what it covers), then the card pays the rest. */
export async function PaymentStep({ cart, store, csrf, token }: Props) {
  const [methods, saved, applied] = await Promise.all([
    paymentMethods(store),
    savedCards(store, token),
    loadGiftCard(store, cart.id),
  ]);
  const split = splitPayment(cart.totalAmount, applied?.card ?? null, store.currency);
  const accent = store.primaryColor ?? '#2b50aa';
  const frame = {
    src: cardFieldsUrl(await currentOrigin(), accent),
    origin: gatewayOrigin(),
    amount: split.cardAmount,
    currency: store.currency,
    accent,
  };
  const a = cart.shippingAddress;
  const expected = [cart.totalAmount, split.giftAmount ?? '', split.cardAmount ?? ''].join('|');
  return (
    <>
      <section className="review-address">
        <h2>Shipping to</h2>
        <p>
          {a?.firstName} {a?.lastName}, {a?.line1}, {a?.city} {a?.postalCode}, {a?.country}
          <br />
          {cart.email} · <Link href="/checkout?step=shipping">Change</Link>
        </p>
      </section>
      <form action={applyCoupon} className="inline-form">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="returnTo" value="/checkout" />
        <label htmlFor="coupon">Coupon code</label>
        <div className="row">
          <input id="coupon" name="code" autoComplete="off" required />
          <button type="submit" className="button button-small">
            Apply
          </button>
        </div>
      </form>
      <GiftCardBox applied={applied} split={split} store={store} csrf={csrf} />
      <form action={placeOrder} className="stack checkout-form">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <input type="hidden" name="expected" value={expected} />
        {split.cardAmount ? (
          <MethodChoice methods={methods} saved={saved} signedIn={Boolean(token)} frame={frame} />
        ) : null}
        <label>
          Order notes (optional) <textarea name="notes" rows={2} maxLength={1000} />
        </label>
        {split.giftAmount ? (
          <dl className="totals pay-split" aria-label="How you pay">
            <dt>Gift card</dt>
            <dd>{money(split.giftAmount, store.currency)}</dd>
            <dt>Card</dt>
            <dd>{money(split.cardAmount ?? 0, store.currency)}</dd>
          </dl>
        ) : null}
        <button type="submit" className="button button-wide">
          {payLabel(split, cart.totalAmount, store.currency)}
        </button>
      </form>
    </>
  );
}
