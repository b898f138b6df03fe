import { crudRoutes } from '../../platform/http/crud-routes.ts';
import type { RouteDef } from '../../platform/http/route.ts';
import { listQuery } from '../../platform/http/schemas.ts';
import {
  CreatePaymentMethodBody,
  paymentMethodService,
  UpdatePaymentMethodBody,
} from './payment-methods.service.ts';

/** Admin CRUD of payment methods (secrets in settings are write-only). */
export function paymentRoutes(): RouteDef[] {
  return crudRoutes({
    resource: 'payment-methods',
    permission: 'settings.payments',
    noun: 'payment method',
    createBody: CreatePaymentMethodBody,
    updateBody: UpdatePaymentMethodBody,
    listQuery: listQuery(['name', 'createdAt']),
    service: paymentMethodService,
  });
}
