'use client';
import { brandName } from '@ventory/shop-core';
import { useEffect, useRef, useState } from 'react';
import { paysWithNewCard } from '@/lib/payment-form';

type CardState =
  | { source: 'ventory-card-fields'; complete: false }
  | {
      source: 'ventory-card-fields';
      complete: true;
      token: string;
      card: { brand: string; last4: string; expMonth: number; expYear: number };
    };

/**
 * The gateway's card fields in a frame from the gateway's origin: the card number never exists in
 * this page, only the token the frame posts back. Paying with the fields incomplete asks the frame
 * to show its problems instead of sending the form.
 */
export function CardFields({
  src,
  gatewayOrigin,
  methodId,
}: {
  src: string;
  gatewayOrigin: string;
  methodId: string;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [state, setState] = useState<CardState | null>(null);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== gatewayOrigin || event.source !== frame.current?.contentWindow) return;
      const data = event.data as CardState;
      if (data?.source === 'ventory-card-fields') setState(data);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [gatewayOrigin]);

  useEffect(() => {
    const form = frame.current?.closest('form');
    if (!form) return;
    const onSubmit = (event: SubmitEvent) => {
      if (!paysWithNewCard(form, methodId) || state?.complete) return;
      event.preventDefault();
      frame.current?.contentWindow?.postMessage('ventory-card-fields:validate', gatewayOrigin);
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, [state, gatewayOrigin, methodId]);

  return (
    <div className="card-fields">
      <iframe
        ref={frame}
        src={src}
        title="Card details (secured by the payment gateway)"
        className="card-frame"
        loading="eager"
      />
      <input type="hidden" name={`token-${methodId}`} value={state?.complete ? state.token : ''} />
      <p className="muted" aria-live="polite" data-testid="card-status">
        {state?.complete
          ? `Card ready: ${brandName(state.card.brand)} ending ${state.card.last4}`
          : 'Your card details go straight to the payment gateway; this shop never sees them.'}
      </p>
    </div>
  );
}
