import { crudMutations, crudMutationTypeDefs } from '../../graphql/crud.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import {
  CreatePaymentMethodBody,
  paymentMethodService,
  UpdatePaymentMethodBody,
} from './payment-methods.service.ts';

/** Payment-method writes over GraphQL, as `/api/stores/:storeId/payment-methods` (settings.payments). */
export function paymentsGraphQL(): GraphQLModule {
  return {
    typeDefs: `extend type Mutation { ${crudMutationTypeDefs('PaymentMethod', 'PaymentMethod')} }`,
    resolvers: {
      Mutation: crudMutations({
        name: 'PaymentMethod',
        permission: 'settings.payments',
        service: paymentMethodService,
        createBody: CreatePaymentMethodBody,
        updateBody: UpdatePaymentMethodBody,
      }),
    },
  };
}
