import { z } from 'zod';
import { notFound, unauthenticated } from '../../platform/errors.ts';
import {
  created,
  noContent,
  type RouteDef,
  type ShopperAuth,
  storefrontRoute,
} from '../../platform/http/route.ts';
import { Uuid } from '../../platform/http/schemas.ts';
import {
  AddressBookEntryResponse,
  AddressBookResponse,
  ShopperProfileResponse,
  ShopperSessionResponse,
} from './customers.responses.ts';
import type { CustomerService } from './customers.service.ts';
import {
  AccountUpdateBody,
  AddressBody,
  AddressUpdateBody,
  PasswordChangeBody,
  RegisterBody,
  ShopperLoginBody,
} from './customers.validators.ts';
import type { ShopperAuthService } from './shopper-auth.service.ts';
import type { ShopperRecoveryService } from './shopper-recovery.service.ts';

const tags = ['storefront', 'account'];
const base = '/api/storefront/:domain';
const DomainParams = z.object({ domain: z.string() });
const AddressParams = z.object({ domain: z.string(), id: Uuid });

/** The account routes need a customer token of this store (checked by the runner); none is 401. */
function me(shopper: ShopperAuth | null): ShopperAuth {
  if (!shopper) throw unauthenticated('Log in as a customer first');
  return shopper;
}
/** Routes naming one resource: without a token that resource is nobody's, so 404 (like any not theirs). */
function owner(shopper: ShopperAuth | null, what: string): ShopperAuth {
  if (!shopper) throw notFound(what);
  return shopper;
}

/** Shopper self-service: register, log in, profile, password and address book. */
export function accountRoutes(
  customers: CustomerService,
  auth: ShopperAuthService,
  recovery: ShopperRecoveryService,
): RouteDef[] {
  const ops = customers.addressOps;
  return [
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/customers`,
        summary: 'Register a shopper account',
        response: ShopperSessionResponse,
        tags,
        params: DomainParams,
        body: RegisterBody,
      },
      async ({ tx, store, body, params }) => {
        const session = await auth.register(tx, store, body);
        await recovery.sendVerification(tx, store, session.customer.id);
        return created(`/api/storefront/${params.domain}/account`, session);
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/auth/login`,
        status: 200,
        summary: 'Log in as a shopper',
        response: ShopperSessionResponse,
        tags,
        params: DomainParams,
        body: ShopperLoginBody,
      },
      ({ tx, store, body, req }) => auth.login(tx, store, body, req.ip ?? 'unknown'),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: `${base}/account`,
        summary: 'The logged-in shopper with addresses',
        response: ShopperProfileResponse,
        tags,
        params: DomainParams,
      },
      ({ tx, store, shopper }) => customers.account(tx, store.storeId, me(shopper).customerId),
    ),
    storefrontRoute(
      {
        method: 'put',
        path: `${base}/account`,
        summary: 'Update my profile',
        response: ShopperProfileResponse,
        tags,
        params: DomainParams,
        body: AccountUpdateBody,
      },
      ({ tx, store, shopper, body }) =>
        customers.updateAccount(tx, store.storeId, me(shopper).customerId, body),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/account/password`,
        status: 204,
        summary: 'Change my password',
        tags,
        params: DomainParams,
        body: PasswordChangeBody,
      },
      async ({ tx, shopper, body }) => {
        await auth.changePassword(tx, me(shopper).customerId, body);
        return noContent();
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: `${base}/account/addresses`,
        summary: 'My address book',
        response: AddressBookResponse,
        tags,
        params: DomainParams,
      },
      async ({ tx, store, shopper }) => ({
        data: await customers.accountAddresses(tx, store.storeId, me(shopper).customerId),
      }),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/account/addresses`,
        summary: 'Add an address',
        response: AddressBookEntryResponse,
        tags,
        params: DomainParams,
        body: AddressBody,
      },
      async ({ tx, store, shopper, body, params }) => {
        const customer = await ops.mustFind(tx, store.storeId, me(shopper).customerId);
        const address = await ops.addAddress(tx, customer, body);
        return created(`/api/storefront/${params.domain}/account/addresses/${address.id}`, address);
      },
    ),
    storefrontRoute(
      {
        method: 'put',
        path: `${base}/account/addresses/:id`,
        summary: 'Update an address',
        response: AddressBookEntryResponse,
        tags,
        params: AddressParams,
        body: AddressUpdateBody,
      },
      async ({ tx, store, shopper, body, params }) => {
        const customer = await ops.mustFind(tx, store.storeId, owner(shopper, 'Address').customerId);
        return ops.changeAddress(tx, customer, params.id, body);
      },
    ),
    storefrontRoute(
      {
        method: 'delete',
        path: `${base}/account/addresses/:id`,
        summary: 'Delete an address',
        tags,
        params: AddressParams,
      },
      async ({ tx, store, shopper, params }) => {
        await customers.removeAddress(tx, store.storeId, owner(shopper, 'Address').customerId, params.id);
        return noContent();
      },
    ),
  ];
}
