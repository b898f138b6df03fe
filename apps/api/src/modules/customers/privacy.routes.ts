import { unauthenticated } from '../../platform/errors.ts';
import { adminRoute, noContent, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { StoreIdParams } from '../../platform/http/schemas.ts';
import { CustomerExportResponse, CustomerResponse } from './customers.responses.ts';
import type { PrivacyService } from './privacy.service.ts';

const tags = ['customers', 'privacy'];

/** Export and erasure, for staff (on request) and for the shopper themself. */
export function privacyRoutes(privacy: PrivacyService): RouteDef[] {
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/customers/:id/export',
        summary: 'Everything held about a customer (JSON)',
        response: CustomerExportResponse,
        tags,
        params: StoreIdParams,
        requirePermission: 'customers.privacy',
      },
      ({ tx, params }) => privacy.export(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:storeId/customers/:id/erase',
        status: 200,
        summary: 'Anonymise a customer (orders are kept for accounting)',
        response: CustomerResponse,
        tags,
        params: StoreIdParams,
        requirePermission: 'customers.privacy',
      },
      ({ tx, params }) => privacy.erase(tx, params.storeId, params.id),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/account/export',
        summary: 'Download my data',
        response: CustomerExportResponse,
        tags: ['storefront', 'account'],
      },
      ({ tx, store, shopper }) => {
        if (!shopper) throw unauthenticated('Log in as a customer first');
        return privacy.export(tx, store.storeId, shopper.customerId);
      },
    ),
    storefrontRoute(
      {
        method: 'delete',
        path: '/api/storefront/:domain/account',
        summary: 'Delete my account (anonymised)',
        tags: ['storefront', 'account'],
      },
      async ({ tx, store, shopper }) => {
        if (!shopper) throw unauthenticated('Log in as a customer first');
        await privacy.erase(tx, store.storeId, shopper.customerId);
        return noContent();
      },
    ),
  ];
}
