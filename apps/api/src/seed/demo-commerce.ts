/**
 * What a demo store needs to take an order: shipping methods with zones, tax rates, the `test`
 * card gateway, a welcome coupon and a gift card. The codes are fixed so `npm start` can print
 * them on every run, not only on the run that seeded.
 */
export const DEMO_COUPON = { code: 'WELCOME10', percent: 10, minimumOrderAmount: '20.00' } as const;
export const DEMO_GIFT_CARD = { code: 'DEMO-GIFT-50', balance: '50.00' } as const;
/** Both demo stores advertise "Free shipping on orders over $75": the standard method honours it. */
export const FREE_SHIPPING_ABOVE = '75.00';

const US = ['US'];
const INTERNATIONAL = ['CA', 'GB', 'IE', 'DE', 'FR', 'NL', 'BE', 'AT', 'SE', 'DK', 'AU', 'NZ'];

const SHIPPING_METHODS = [
  {
    name: 'Standard',
    description: 'Tracked delivery in 3–5 working days. Free on orders over $75.',
    rateCalculationType: 'FLAT',
    price: '6.95',
    freeAboveAmount: FREE_SHIPPING_ABOVE,
    estimatedDeliveryDays: 5,
    taxable: true,
    settings: { countries: US },
  },
  {
    name: 'Express',
    description: 'Next working day when ordered before 2 pm.',
    rateCalculationType: 'FLAT',
    price: '19.00',
    freeAboveAmount: null,
    estimatedDeliveryDays: 1,
    taxable: true,
    settings: { countries: US },
  },
  {
    name: 'International',
    description: 'Tracked, 6–10 working days, priced by weight.',
    rateCalculationType: 'WEIGHT',
    price: '0.00',
    freeAboveAmount: null,
    estimatedDeliveryDays: 10,
    taxable: false,
    settings: {
      countries: INTERNATIONAL,
      bands: [
        { upToGrams: 1000, price: '14.00' },
        { upToGrams: 5000, price: '29.00' },
        { upToGrams: null, price: '49.00' },
      ],
    },
  },
] as const;

// Illustrative rates for a demo, not tax advice: a few US states plus the international zone.
const TAX_RATES = [
  { name: 'California sales tax', country: 'US', region: 'CA', rate: '7.25', appliesToShipping: false },
  { name: 'New York sales tax', country: 'US', region: 'NY', rate: '8.875', appliesToShipping: true },
  { name: 'Texas sales tax', country: 'US', region: 'TX', rate: '6.25', appliesToShipping: false },
  { name: 'Washington sales tax', country: 'US', region: 'WA', rate: '6.5', appliesToShipping: true },
  { name: 'Canada GST', country: 'CA', rate: '5', appliesToShipping: true },
  { name: 'UK VAT', country: 'GB', rate: '20', appliesToShipping: true },
  { name: 'Germany VAT', country: 'DE', rate: '19', appliesToShipping: true },
  { name: 'France VAT', country: 'FR', rate: '20', appliesToShipping: true },
] as const;

type Api = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) => Promise<T>;

export async function seedCommerce(api: Api, storeId: string): Promise<void> {
  for (const method of SHIPPING_METHODS)
    await api('POST', `/api/stores/${storeId}/shipping-methods`, { ...method, isActive: true });
  for (const rate of TAX_RATES) await api('POST', `/api/stores/${storeId}/tax-rates`, rate);
  await api('POST', `/api/stores/${storeId}/payment-methods`, {
    name: 'Card',
    provider: 'test',
    isActive: true,
    instructions: 'Demo card payments: use 4242 4242 4242 4242 (or token tok_visa). No money moves.',
  });
  await api('POST', `/api/stores/${storeId}/coupons`, {
    code: DEMO_COUPON.code,
    description: `${DEMO_COUPON.percent}% off your first order over $${DEMO_COUPON.minimumOrderAmount}`,
    discountType: 'PERCENTAGE',
    discountValue: `${DEMO_COUPON.percent}.00`,
    minimumOrderAmount: DEMO_COUPON.minimumOrderAmount,
    isActive: true,
  });
  await api('POST', `/api/stores/${storeId}/gift-cards`, {
    code: DEMO_GIFT_CARD.code,
    initialBalance: DEMO_GIFT_CARD.balance,
    note: 'Demo gift card printed by npm start',
  });
}
