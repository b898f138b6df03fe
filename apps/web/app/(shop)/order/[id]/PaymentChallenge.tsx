import type { Order } from '@/lib/api/cart';
import { answerChallenge } from './actions';
import { StripeNextAction } from './StripeNextAction';

type Payment = Order['payments'][number];

/**
 * A payment waiting for the shopper's bank (3-D Secure). A real gateway sends the shopper to the
 * bank's page (`nextAction.url`) and reports back by webhook; the built-in test gateway has no
 * bank, so its challenge is answered here, as a bank page would: approve or refuse.
 */
export function PaymentChallenge({
  orderId,
  payment,
  csrf,
  publishableKey,
}: {
  orderId: string;
  payment: Payment;
  csrf: string;
  /** The Stripe method's key, for a check Stripe.js runs in the page. */
  publishableKey?: string;
}) {
  const action = payment.nextAction;
  const url = action?.type === 'redirect' ? action.url : undefined;
  return (
    <section className="challenge" aria-labelledby="challenge-h" data-testid="payment-challenge">
      <h2 id="challenge-h">Your bank needs to confirm this payment</h2>
      {payment.provider === 'test' ? (
        <form action={answerChallenge} className="row">
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="orderId" value={orderId} />
          <input type="hidden" name="paymentId" value={payment.id} />
          <p className="muted">Test bank: this simulates the check your card issuer would show.</p>
          <button type="submit" name="answer" value="approve" className="button">
            Confirm payment
          </button>
          <button type="submit" name="answer" value="refuse" className="button button-ghost">
            Refuse payment
          </button>
        </form>
      ) : action?.type === 'stripe_sdk' && publishableKey ? (
        <StripeNextAction
          publishableKey={publishableKey}
          clientSecret={action.clientSecret}
          orderId={orderId}
          paymentId={payment.id}
          csrf={csrf}
        />
      ) : url ? (
        <p>
          <a href={url} className="button" rel="noreferrer">
            Continue to your bank
          </a>
        </p>
      ) : null}
    </section>
  );
}
