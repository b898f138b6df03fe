export { shopperMessage } from './errors.ts';
export { type GiftCardBalance, isExpired, maskCode, type PaymentSplit, splitPayment } from './gift-card.ts';
export {
  type Amount,
  currencyDigits,
  fromMinor,
  money,
  type PriceDisplay,
  priceDisplay,
  toMinor,
} from './money.ts';
export { brandName, cardExpiry, cardName, preferredMethod } from './payment.ts';
export { RETURN_REASONS, returnableUnits } from './returns.ts';
export { LOW_STOCK, ratingValue, type StockState, type StockTone, stockState } from './stock.ts';
export {
  SUBSCRIPTION_ACTION_LABEL,
  SUBSCRIPTION_ACTIONS,
  SUBSCRIPTION_STATUS,
  type SubscriptionAction,
  type SubscriptionStatus,
} from './subscription.ts';
export { type CardCheck, type CardFields, testCardToken } from './test-card.ts';
export {
  accessibleInk,
  contrast,
  type Layouts,
  readableOn,
  type ThemeTokens,
  tokensFromStore,
} from './theme.ts';
export { cartTotals, itemCount, type TotalsRow } from './totals.ts';
export {
  type AddressErrors,
  type AddressField,
  cleanAddress,
  isEmail,
  validateAddress,
} from './validation.ts';
