import { randomBytes } from 'node:crypto';
import { invalid } from '../../../platform/errors.ts';
import { assertToken, type CardDisplay, declined, type PaymentGateway } from './gateway.ts';

// The built-in card simulator. Tokens name their outcome, like Stripe's test tokens.
const CARDS: Record<string, CardDisplay & { outcome: 'approve' | 'decline' | 'challenge' }> = {
  tok_visa: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034, outcome: 'approve' },
  tok_mastercard: { brand: 'mastercard', last4: '4444', expMonth: 12, expYear: 2034, outcome: 'approve' },
  tok_amex: { brand: 'amex', last4: '0005', expMonth: 12, expYear: 2034, outcome: 'approve' },
  tok_declined: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2034, outcome: 'decline' },
  tok_chargeDeclined: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2034, outcome: 'decline' },
  // needs a second step (3-D Secure): the payment waits in REQUIRES_ACTION until confirmed
  tok_threeDSecureRequired: {
    brand: 'visa',
    last4: '3155',
    expMonth: 12,
    expYear: 2034,
    outcome: 'challenge',
  },
  tok_3ds: { brand: 'visa', last4: '3155', expMonth: 12, expYear: 2034, outcome: 'challenge' },
};

const ref = () => `test_pay_${randomBytes(8).toString('hex')}`;

function card(token: string) {
  // Saved tokens are `tok_saved_<original>`: the same simulated card.
  const base = token.startsWith('tok_saved_') ? token.slice('tok_saved_'.length) : token;
  const found = CARDS[base];
  if (!found)
    throw invalid('Unknown test card token', [{ path: 'payments.token', message: 'is not a test token' }]);
  return found;
}
const display = ({ outcome: _o, ...rest }: (typeof CARDS)[string]): CardDisplay => rest;

/** `test` provider: tok_visa approves, tok_declined declines, tok_threeDSecureRequired challenges. */
export const testGateway: PaymentGateway = {
  provider: 'test',
  async authorize(input) {
    const c = card(assertToken(input.token));
    if (c.outcome === 'decline') throw declined('The card was declined (test card)');
    const reference = ref();
    if (c.outcome === 'challenge')
      return {
        status: 'REQUIRES_ACTION',
        reference,
        card: display(c),
        nextAction: { type: 'redirect', url: `https://test-gateway.invalid/3ds/${reference}` },
      };
    return { status: input.capture ? 'CAPTURED' : 'AUTHORIZED', reference, card: display(c) };
  },
  capture: async (reference) => ({ status: 'CAPTURED', reference, card: null }),
  async confirm(reference, input) {
    if (!input.succeeded) throw declined('The 3-D Secure check failed');
    return { status: 'CAPTURED', reference, card: null };
  },
  void: async () => {},
  refund: async () => ({ reference: ref() }),
  async saveMethod(token) {
    const c = card(assertToken(token));
    if (c.outcome === 'decline') throw declined('The card was declined (test card)');
    const base = token.startsWith('tok_saved_') ? token : `tok_saved_${token}`;
    return { token: base, customerReference: null, card: display(c) };
  },
};
