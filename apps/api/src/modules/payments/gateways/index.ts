import type { PaymentMethodRow } from '../payments.schema.ts';
import type { PaymentGateway } from './gateway.ts';
import { manualGateway } from './manual.gateway.ts';
import { type StripeApi, stripeGateway } from './stripe.gateway.ts';
import { testGateway } from './test.gateway.ts';

export type {
  AuthorizeInput,
  CardDisplay,
  GatewayOutcome,
  NextAction,
  PaymentGateway,
  RefundInput,
} from './gateway.ts';
export { declined, gatewayRefused, gatewayUnavailable } from './gateway.ts';
export { type StripeApi, stripeApiFrom } from './stripe.gateway.ts';

export type GatewayFactory = (method: Pick<PaymentMethodRow, 'provider' | 'settings'>) => PaymentGateway;

/** The gateway of a store's payment method, built from its (unmasked) settings. */
export function createGatewayFactory(options: { stripeApi: StripeApi | null }): GatewayFactory {
  return (method) => {
    if (method.provider === 'manual') return manualGateway;
    if (method.provider === 'test') return testGateway;
    return stripeGateway(method.settings, options.stripeApi);
  };
}
