import type { Order } from '@/lib/api/cart';
import { answerChallenge } from './actions';

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
}: {
  orderId: string;
  payment: Payment;
  csrf: string;
}) {
  const url = payment.nextAction?.url;
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
