import { randomBytes } from 'node:crypto';
import { invalid } from '../../../platform/errors.ts';
import { assertToken, type CardDisplay, declined, type PaymentGateway } from './gateway.ts';

// The built-in card simulator. Tokens name their outcome, like Stripe's test tokens.
const CARDS: Record<
  string,
  CardDisplay & { outcome: 'approve' | 'decline' | 'challenge' | 'declineOnCharge' }
> = {
  tok_visa: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034, outcome: 'approve' },
  tok_mastercard: { brand: 'mastercard', last4: '4444', expMonth: 12, expYear: 2034, outcome: 'approve' },
  tok_amex: { brand: 'amex', last4: '0005', expMonth: 12, expYear: 2034, outcome: 'approve' },
  tok_declined: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2034, outcome: 'decline' },
  tok_chargeDeclined: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2034, outcome: 'decline' },
  // can be saved, but every charge is declined (like Stripe's pm_card_visa_chargeDeclined)
  tok_visa_chargeDeclined: {
    brand: 'visa',
    last4: '0341',
    expMonth: 12,
    expYear: 2034,
    outcome: 'declineOnCharge',
  },
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

/**
 * The well-known test numbers the hosted card fields accept, and the token each becomes (the
 * fields add the entered expiry: `tok_visa.1230`).
 */
export const TEST_CARD_NUMBERS: Record<string, string> = {
  '4242424242424242': 'tok_visa',
  '5555555555554444': 'tok_mastercard',
  '378282246310005': 'tok_amex',
  '4000000000000002': 'tok_declined',
  '4000000000000341': 'tok_visa_chargeDeclined',
  '4000002760003184': 'tok_threeDSecureRequired',
  '4000000000003220': 'tok_threeDSecureRequired',
};

const ref = () => `test_pay_${randomBytes(8).toString('hex')}`;

function card(token: string) {
  // Saved tokens are `tok_saved_<original>`: the same simulated card.
  const saved = token.startsWith('tok_saved_') ? token.slice('tok_saved_'.length) : token;
  const [base = '', expiry] = saved.split('.');
  const found = CARDS[base];
  if (!found || (expiry !== undefined && !/^(0[1-9]|1[0-2])\d\d$/.test(expiry)))
    throw invalid('Unknown test card token', [{ path: 'payments.token', message: 'is not a test token' }]);
  if (expiry === undefined) return found;
  return { ...found, expMonth: Number(expiry.slice(0, 2)), expYear: 2000 + Number(expiry.slice(2)) };
}
const display = ({ outcome: _o, ...rest }: (typeof CARDS)[string]): CardDisplay => rest;

/** `test` provider: tok_visa approves, tok_declined declines, tok_threeDSecureRequired challenges. */
export const testGateway: PaymentGateway = {
  provider: 'test',
  async authorize(input) {
    const c = card(assertToken(input.token));
    if (c.outcome === 'decline' || c.outcome === 'declineOnCharge')
      throw declined('The card was declined (test card)');
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
