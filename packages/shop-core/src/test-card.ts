/**
 * The `test` gateway takes named tokens (tok_visa, tok_declined...), never card numbers. The
 * checkout's card fields accept the well-known test numbers and turn them into those tokens here,
 * as a real gateway's SDK would tokenise a card in the app; a typed token passes through.
 */
const TEST_NUMBERS: Record<string, string> = {
  '4242424242424242': 'tok_visa',
  '5555555555554444': 'tok_mastercard',
  '378282246310005': 'tok_amex',
  '4000000000000002': 'tok_declined',
  '4000000000003220': 'tok_threeDSecureRequired',
};

export type CardFields = { number: string; expiry: string; cvc: string };
export type CardCheck = { token: string } | { errors: Partial<Record<keyof CardFields, string>> };

/** Luhn check, so a mistyped number is caught before the gateway. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length >= 12 && sum % 10 === 0;
}

export function testCardToken(fields: CardFields, now = new Date()): CardCheck {
  const raw = fields.number.trim();
  if (/^tok_[A-Za-z0-9_]+$/.test(raw)) return { token: raw };
  const errors: Partial<Record<keyof CardFields, string>> = {};
  const digits = raw.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits) || !luhn(digits)) errors.number = 'Enter a valid card number';
  else if (!TEST_NUMBERS[digits]) errors.number = 'In test mode use 4242 4242 4242 4242';
  const m = /^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/.exec(fields.expiry.trim());
  const month = m ? Number(m[1]) : 0;
  const year = m ? Number(m[2]?.length === 2 ? `20${m[2]}` : m[2]) : 0;
  const endOfMonth = new Date(Date.UTC(year, month, 1));
  if (!m || month < 1 || month > 12) errors.expiry = 'Enter the expiry as MM/YY';
  else if (endOfMonth <= now) errors.expiry = 'This card has expired';
  if (!/^\d{3,4}$/.test(fields.cvc.trim())) errors.cvc = 'Enter the 3 or 4 digit security code';
  if (Object.keys(errors).length > 0) return { errors };
  return { token: TEST_NUMBERS[digits] as string };
}
