'use client';
import { useActionState } from 'react';
import { type BalanceResult, checkGiftCard } from '@/app/(shop)/gift-cards/actions';

function Result({ state }: { state: BalanceResult }) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'not-found')
    return (
      <p className="error" data-testid="gift-card-result">
        We do not recognise that code. Check it (letters and digits, dashes optional) and try again.
      </p>
    );
  if (state.kind === 'error')
    return (
      <p className="error" data-testid="gift-card-result">
        {state.message}
      </p>
    );
  return (
    <div className="gift-result" data-testid="gift-card-result">
      <p>
        Gift card {state.card}: <strong className="gift-balance">{state.balance}</strong> ({state.currency})
      </p>
      <p className={state.expired ? 'error' : 'muted'}>
        {state.expiry ? `${state.expired ? 'Expired' : 'Valid until'} ${state.expiry}` : 'Does not expire'}
      </p>
    </div>
  );
}

/** Code in, balance out; works without script through the server action's form post. */
export function GiftCardCheck() {
  const [state, action, pending] = useActionState(checkGiftCard, { kind: 'idle' });
  return (
    <>
      <form action={action} className="stack gift-check">
        <label>
          Gift card code
          <input name="code" required autoComplete="off" minLength={4} maxLength={64} spellCheck={false} />
        </label>
        <button type="submit" className="button button-wide" disabled={pending}>
          {pending ? 'Checking…' : 'Check balance'}
        </button>
      </form>
      <div role="status" aria-live="polite">
        <Result state={state} />
      </div>
    </>
  );
}
