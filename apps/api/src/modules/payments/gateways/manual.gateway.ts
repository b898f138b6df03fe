import { invalidState } from '../../../platform/errors.ts';
import type { PaymentGateway } from './gateway.ts';

/** Bank transfer, cash on delivery: nothing to call; the payment stays PENDING until marked paid. */
export const manualGateway: PaymentGateway = {
  provider: 'manual',
  authorize: async () => ({ status: 'PENDING', reference: null, card: null }),
  capture: async (reference) => ({ status: 'CAPTURED', reference, card: null }),
  confirm: async (reference) => ({ status: 'PENDING', reference, card: null }),
  void: async () => {},
  refund: async ({ reference }) => ({ reference }),
  saveMethod: async () => {
    throw invalidState('Manual payment methods cannot be saved');
  },
};
