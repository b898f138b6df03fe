'use client';
import { useRef, useState } from 'react';
import { stripeFor } from '@/components/StripeCardFields';
import { answerChallenge } from './actions';

type Props = {
  publishableKey: string;
  clientSecret: string;
  orderId: string;
  paymentId: string;
  csrf: string;
};

/**
 * Stripe's in-page bank check (3-D Secure through Stripe.js): the shopper passes or fails it in
 * Stripe's frame, then the order asks the API for the PaymentIntent's outcome, whatever it was.
 */
export function StripeNextAction({ publishableKey, clientSecret, orderId, paymentId, csrf }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    const stripe = await stripeFor(publishableKey);
    if (!stripe) {
      setBusy(false);
      return setProblem('Your bank’s check could not load. Check your connection and try again.');
    }
    const { error } = await stripe.handleNextAction({ clientSecret });
    if (error?.message) setProblem(error.message);
    form.current?.requestSubmit();
  }

  return (
    <form ref={form} action={answerChallenge} className="stack">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="paymentId" value={paymentId} />
      <input type="hidden" name="answer" value="approve" />
      <button type="button" className="button" onClick={verify} disabled={busy}>
        Confirm with your bank
      </button>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
