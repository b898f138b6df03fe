'use client';
import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { loadStripe, type Stripe } from '@stripe/stripe-js';
import { currencyDigits, toMinor } from '@ventory/shop-core';
import { useEffect, useRef, useState } from 'react';
import { paysWithNewCard } from '@/lib/payment-form';

const loaded = new Map<string, Promise<Stripe | null>>();

/** Stripe.js for a publishable key, loaded once from js.stripe.com (Stripe forbids bundling it). */
export function stripeFor(publishableKey: string): Promise<Stripe | null> {
  let stripe = loaded.get(publishableKey);
  if (!stripe) {
    stripe = loadStripe(publishableKey).catch(() => null);
    loaded.set(publishableKey, stripe);
  }
  return stripe;
}

type Props = { publishableKey: string; methodId: string; amount: string; currency: string; accent: string };

/**
 * Stripe's Payment Element (cards, and Apple Pay / Google Pay where the browser offers them) for a
 * store whose method is Stripe: the card data stays in Stripe's frames; at "Pay" it becomes a
 * PaymentMethod id, which goes to checkout as the token. Without Stripe.js (offline, blocked) the
 * shopper is told so instead of a dead form.
 */
export function StripeCardFields({ publishableKey, methodId, amount, currency, accent }: Props) {
  const [stripe] = useState(() => stripeFor(publishableKey));
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    stripe.then((s) => setUnavailable(!s));
  }, [stripe]);
  if (unavailable)
    return (
      <p role="alert" className="error" data-testid="stripe-unavailable">
        Card payments could not load. Check your connection and reload the page.
      </p>
    );
  const options = {
    mode: 'payment' as const,
    amount: toMinor(amount, currencyDigits(currency)),
    currency: currency.toLowerCase(),
    paymentMethodCreation: 'manual' as const,
    appearance: { variables: { colorPrimary: accent } },
  };
  return (
    <Elements stripe={stripe} options={options}>
      <PaymentFields methodId={methodId} />
    </Elements>
  );
}

/** The Payment Element, and the submit step that turns what it holds into a PaymentMethod id. */
function PaymentFields({ methodId }: { methodId: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const tokenField = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    const form = tokenField.current?.closest('form');
    if (!form || !stripe || !elements) return;
    const onSubmit = async (event: SubmitEvent) => {
      const field = tokenField.current;
      if (!field || field.value || !paysWithNewCard(form, methodId)) return;
      event.preventDefault();
      const submitted = await elements.submit();
      if (submitted.error) return setProblem(submitted.error.message ?? 'Check your card details.');
      const { paymentMethod, error } = await stripe.createPaymentMethod({ elements });
      if (error || !paymentMethod) return setProblem(error?.message ?? 'This card cannot be used.');
      setProblem('');
      field.value = paymentMethod.id;
      form.requestSubmit(event.submitter);
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, [stripe, elements, methodId]);

  // A changed card needs a new PaymentMethod.
  const forgetToken = () => {
    if (tokenField.current) tokenField.current.value = '';
  };

  return (
    <div className="stripe-fields" data-testid="stripe-payment-element">
      <PaymentElement onChange={forgetToken} />
      <input ref={tokenField} type="hidden" name={`token-${methodId}`} defaultValue="" />
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
