import { z } from 'zod';
import { adminRoute, created, noContent, type RouteDef } from '../../platform/http/route.ts';
import { ListEnvelopeOf, StoreIdParams, StoreParams, Uuid } from '../../platform/http/schemas.ts';
import { AddressBookEntryResponse, CustomerResponse } from './customers.responses.ts';
import type { CustomerService } from './customers.service.ts';
import {
  AddressBody,
  AddressUpdateBody,
  CreateCustomerBody,
  CustomerListQuery,
  UpdateCustomerBody,
} from './customers.validators.ts';

const tags = ['customers'];
const base = '/api/stores/:storeId/customers';
const AddressParams = z.object({ storeId: Uuid, customerId: Uuid, id: Uuid });
const CustomerParams = z.object({ storeId: Uuid, customerId: Uuid });

/** Staff CRUD of a store's customers and their address books. */
export function customerRoutes(customers: CustomerService): RouteDef[] {
  return [
    adminRoute(
      {
        method: 'get',
        path: base,
        summary: 'List customers',
        response: ListEnvelopeOf(CustomerResponse),
        tags,
        params: StoreParams,
        query: CustomerListQuery,
      },
      ({ tx, params, query }) => customers.list(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: base,
        summary: 'Create a customer',
        response: CustomerResponse,
        tags,
        params: StoreParams,
        body: CreateCustomerBody,
        requirePermission: 'customers.write',
      },
      async ({ tx, params, body }) => {
        const customer = await customers.create(tx, params.storeId, body);
        return created(`/api/stores/${params.storeId}/customers/${customer.id}`, customer);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: `${base}/:id`,
        summary: 'Get a customer',
        response: CustomerResponse,
        tags,
        params: StoreIdParams,
      },
      ({ tx, params }) => customers.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${base}/:id`,
        summary: 'Update a customer',
        response: CustomerResponse,
        tags,
        params: StoreIdParams,
        body: UpdateCustomerBody,
        requirePermission: 'customers.write',
      },
      ({ tx, params, body }) => customers.update(tx, params.storeId, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${base}/:id`,
        summary: 'Delete a customer',
        tags,
        params: StoreIdParams,
        requirePermission: 'customers.write',
      },
      async ({ tx, params }) => {
        await customers.remove(tx, params.storeId, params.id);
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/:customerId/addresses`,
        summary: "Add an address to a customer's address book",
        response: AddressBookEntryResponse,
        tags,
        params: CustomerParams,
        body: AddressBody,
        requirePermission: 'customers.write',
      },
      async ({ tx, params, body }) => {
        const address = await customers.addAddress(tx, params.storeId, params.customerId, body);
        return created(
          `/api/stores/${params.storeId}/customers/${params.customerId}/addresses/${address.id}`,
          address,
        );
      },
    ),
    adminRoute(
      {
        method: 'put',
        path: `${base}/:customerId/addresses/:id`,
        summary: 'Update an address (isDefault makes it the default)',
        response: AddressBookEntryResponse,
        tags,
        params: AddressParams,
        body: AddressUpdateBody,
        requirePermission: 'customers.write',
      },
      ({ tx, params, body }) =>
        customers.updateAddress(tx, params.storeId, params.customerId, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${base}/:customerId/addresses/:id`,
        summary: 'Delete an address',
        tags,
        params: AddressParams,
        requirePermission: 'customers.write',
      },
      async ({ tx, params }) => {
        await customers.removeAddress(tx, params.storeId, params.customerId, params.id);
        return noContent();
      },
    ),
  ];
}
