/** The method offered first: the card gateway, else any other non-manual method, else the first. */
export function preferredMethod<M extends { provider: string }>(methods: readonly M[]): M | undefined {
  return (
    methods.find((m) => m.provider === 'test') ?? methods.find((m) => m.provider !== 'manual') ?? methods[0]
  );
}

/** Card brands arrive lower-case from the gateways ("visa"). */
export const brandName = (brand: string | null | undefined) =>
  brand ? brand.charAt(0).toUpperCase() + brand.slice(1) : 'Card';

/** "Expires 03/2031", or nothing when the gateway gave no expiry. */
export const cardExpiry = (card: { expMonth: number | null; expYear: number | null }) =>
  card.expMonth && card.expYear
    ? `Expires ${String(card.expMonth).padStart(2, '0')}/${card.expYear}`
    : undefined;

/** "Visa ending 4242": a saved or paying card as the shopper recognises it. */
export const cardName = (card: { brand: string | null; last4: string | null }) =>
  `${brandName(card.brand)} ending ${card.last4 ?? '····'}`;
