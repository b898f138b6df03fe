import { crudMutations } from '../../graphql/crud-mutations.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import {
  CreatePaymentMethodBody,
  paymentMethodService,
  UpdatePaymentMethodBody,
} from './payment-methods.service.ts';

/** `createPaymentMethod`, `updatePaymentMethod`, `deletePaymentMethod`, as the REST routes. */
export function paymentGraphQL(): GraphQLModule {
  return crudMutations({
    type: 'PaymentMethod',
    permission: 'settings.payments',
    createBody: CreatePaymentMethodBody,
    updateBody: UpdatePaymentMethodBody,
    service: paymentMethodService,
  });
}
