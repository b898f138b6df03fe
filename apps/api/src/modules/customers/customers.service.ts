import type { Updateable } from 'kysely';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { listEnvelope, parseSort } from '../../platform/http/schemas.ts';
import { storeCurrency } from '../tenancy/index.ts';
import { toAddressDto, toCustomerDto, toShopperDto } from './customers.dto.ts';
import * as repo from './customers.repository.ts';
import type { CustomerRow, CustomersTable } from './customers.schema.ts';
import type {
  AddressInput,
  AddressPatch,
  CreateCustomerInput,
  CustomerListInput,
  UpdateCustomerInput,
} from './customers.validators.ts';

export const duplicateEmail = () =>
  conflict('DUPLICATE_EMAIL', 'A customer with this email already exists in this store');

/** Unique violations on the store+email index become 409 DUPLICATE_EMAIL. */
export async function guardEmail<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateEmail();
    throw err;
  }
}

const SORT_COLUMNS: Record<string, repo.CustomerSortField> = {
  createdAt: 'createdAt',
  email: 'email',
  lastName: 'lastName',
  orderCount: 'orderCount',
  totalSpent: 'totalSpentMinor',
  lastOrderDate: 'lastOrderDate',
};

function addressColumns<T extends AddressPatch>(input: T): Omit<T, 'isDefault'> {
  const { isDefault: _d, ...fields } = input;
  return fields;
}

function profileColumns(input: UpdateCustomerInput): Updateable<CustomersTable> {
  const { customAttributes, email, ...rest } = input;
  return {
    ...rest,
    ...(email !== undefined ? { email: email.toLowerCase() } : {}),
    ...(customAttributes !== undefined ? { customAttributes: JSON.stringify(customAttributes) } : {}),
  };
}

/** Loads one customer with addresses and currency, shaped for staff or for the shopper. */
async function present(tx: TenantTx, row: CustomerRow) {
  const [addresses, currency, hash] = await Promise.all([
    repo.listAddresses(tx, [row.id]),
    storeCurrency(tx, row.storeId),
    repo.findPasswordHash(tx, row.id),
  ]);
  return {
    staff: () => toCustomerDto(row, addresses, currency, hash !== undefined),
    shopper: () => toShopperDto(row, addresses, currency),
  };
}

async function mustFind(tx: TenantTx, storeId: string, id: string) {
  const row = await repo.findCustomer(tx, storeId, id);
  if (!row) throw notFound('Customer');
  return row;
}

/** Adds an address; it becomes the default when asked to or when the customer has none. */
async function addAddress(tx: TenantTx, customer: CustomerRow, input: AddressInput) {
  const row = await repo.insertAddress(tx, { customerId: customer.id, ...addressColumns(input) });
  if (input.isDefault || !customer.defaultAddressId)
    await repo.updateCustomer(tx, customer.id, { defaultAddressId: row.id });
  return toAddressDto(
    row,
    input.isDefault || !customer.defaultAddressId ? row.id : customer.defaultAddressId,
  );
}

async function changeAddress(tx: TenantTx, customer: CustomerRow, addressId: string, input: AddressPatch) {
  const fields = addressColumns(input);
  const row =
    Object.keys(fields).length > 0
      ? await repo.updateAddress(tx, customer.id, addressId, fields)
      : (await repo.listAddresses(tx, [customer.id])).find((a) => a.id === addressId);
  if (!row) throw notFound('Address');
  let defaultId = customer.defaultAddressId;
  if (input.isDefault === true) defaultId = row.id;
  if (input.isDefault === false && defaultId === row.id) defaultId = null;
  if (defaultId !== customer.defaultAddressId)
    await repo.updateCustomer(tx, customer.id, { defaultAddressId: defaultId });
  return toAddressDto(row, defaultId);
}

async function removeAddress(tx: TenantTx, customerId: string, addressId: string) {
  if (!(await repo.deleteAddress(tx, customerId, addressId))) throw notFound('Address');
}

/**
 * Customers of a store: staff CRUD, the address book, and the order counters derived from order
 * facts. Shopper sign-up and login live in `shopper-auth.service.ts`.
 */
export function createCustomerService() {
  return {
    async list(tx: TenantTx, storeId: string, q: CustomerListInput) {
      const { field, direction } = parseSort(q.sort, 'createdAt');
      const { rows, total } = await repo.listCustomers(tx, storeId, {
        ...q,
        sortField: SORT_COLUMNS[field] ?? 'createdAt',
        desc: direction === 'desc',
      });
      const [addresses, currency] = await Promise.all([
        repo.listAddresses(
          tx,
          rows.map((r) => r.id),
        ),
        storeCurrency(tx, storeId),
      ]);
      const data = rows.map((r) =>
        toCustomerDto(
          r,
          addresses.filter((a) => a.customerId === r.id),
          currency,
          false,
        ),
      );
      return listEnvelope(data, total, q);
    },

    async get(tx: TenantTx, storeId: string, id: string) {
      return (await present(tx, await mustFind(tx, storeId, id))).staff();
    },

    /** Staff-created customer (a profile without a password until the shopper registers). */
    async create(tx: TenantTx, storeId: string, input: CreateCustomerInput) {
      const { addresses = [], ...fields } = input;
      const row = await guardEmail(
        repo.insertCustomer(tx, {
          storeId,
          userId: null,
          ...profileColumns(fields),
          email: input.email.toLowerCase(),
          customAttributes: JSON.stringify(fields.customAttributes ?? {}),
        }),
      );
      let current = row;
      for (const address of addresses) {
        await addAddress(tx, current, address);
        current = (await repo.findCustomerById(tx, row.id)) ?? current;
      }
      await recordEvent(tx, 'customer.created', { storeId, customerId: row.id });
      return (await present(tx, current)).staff();
    },

    async update(tx: TenantTx, storeId: string, id: string, input: UpdateCustomerInput) {
      const before = await mustFind(tx, storeId, id);
      if (input.defaultAddressId) {
        const own = await repo.listAddresses(tx, [id]);
        if (!own.some((a) => a.id === input.defaultAddressId))
          throw invalid('The request is not valid', [
            { path: 'defaultAddressId', message: "is not one of the customer's addresses" },
          ]);
      }
      const row = await guardEmail(repo.updateCustomer(tx, before.id, profileColumns(input)));
      if (!row) throw notFound('Customer');
      await recordEvent(tx, 'customer.updated', { storeId, customerId: id });
      return (await present(tx, row)).staff();
    },

    async remove(tx: TenantTx, storeId: string, id: string) {
      if (!(await repo.deleteCustomer(tx, storeId, id))) throw notFound('Customer');
      await recordEvent(tx, 'customer.deleted', { storeId, customerId: id });
    },

    async addAddress(tx: TenantTx, storeId: string, customerId: string, input: AddressInput) {
      return addAddress(tx, await mustFind(tx, storeId, customerId), input);
    },
    async updateAddress(tx: TenantTx, storeId: string, customerId: string, id: string, input: AddressPatch) {
      return changeAddress(tx, await mustFind(tx, storeId, customerId), id, input);
    },
    async removeAddress(tx: TenantTx, storeId: string, customerId: string, id: string) {
      await mustFind(tx, storeId, customerId);
      await removeAddress(tx, customerId, id);
    },

    /** The shopper's own profile (404 when the token's customer is gone). */
    async account(tx: TenantTx, storeId: string, customerId: string) {
      return (await present(tx, await mustFind(tx, storeId, customerId))).shopper();
    },
    async updateAccount(tx: TenantTx, storeId: string, customerId: string, input: UpdateCustomerInput) {
      await mustFind(tx, storeId, customerId);
      const row = await repo.updateCustomer(tx, customerId, profileColumns(input));
      if (!row) throw notFound('Customer');
      return (await present(tx, row)).shopper();
    },
    async accountAddresses(tx: TenantTx, storeId: string, customerId: string) {
      const c = await mustFind(tx, storeId, customerId);
      const rows = await repo.listAddresses(tx, [c.id]);
      return rows.map((a) => toAddressDto(a, c.defaultAddressId));
    },

    /** For other modules (checkout, orders): a customer by id, or undefined. */
    async findById(tx: TenantTx, id: string) {
      const row = await repo.findCustomerById(tx, id);
      return row ? (await present(tx, row)).staff() : undefined;
    },

    /**
     * The customer an order belongs to: the logged-in shopper, else the store's profile with that
     * email, created as a guest profile when there is none. Returns the customer id.
     */
    async resolveForOrder(
      tx: TenantTx,
      storeId: string,
      input: {
        customerId?: string | null;
        email: string;
        firstName?: string | null;
        lastName?: string | null;
      },
    ): Promise<string> {
      if (input.customerId) return (await mustFind(tx, storeId, input.customerId)).id;
      const email = input.email.trim().toLowerCase();
      const found = await repo.findCustomerByEmail(tx, storeId, email);
      if (found) return found.id;
      // A profile registered meanwhile (the insert meets it) is the order's customer.
      const row =
        (await repo.insertCustomerUnlessTaken(tx, {
          storeId,
          userId: null,
          email,
          firstName: input.firstName ?? null,
          lastName: input.lastName ?? null,
          customAttributes: '{}',
        })) ?? (await repo.findCustomerByEmail(tx, storeId, email));
      if (!row) throw duplicateEmail();
      return row.id;
    },

    /**
     * Order events → counters: the order's current totals are written as absolute values, so
     * events may arrive late, twice or out of order and the counters stay exact.
     */
    async syncOrder(
      tx: TenantTx,
      order: {
        id: string;
        customerId: string | null;
        totalMinor: number;
        refundedMinor: number;
        canceled: boolean;
        placedAt: Date;
      },
    ) {
      const before = await tx
        .selectFrom('customerOrderFacts')
        .select('customerId')
        .where('orderId', '=', order.id)
        .executeTakeFirst();
      if (!order.customerId) return;
      if (!(await repo.findCustomerById(tx, order.customerId))) return;
      await repo.putOrderFact(tx, {
        customerId: order.customerId,
        orderId: order.id,
        totalMinor: order.totalMinor,
        refundedMinor: Math.min(order.refundedMinor, order.totalMinor),
        canceled: order.canceled,
        placedAt: order.placedAt,
      });
      await repo.recomputeCounters(tx, order.customerId);
      if (before && before.customerId !== order.customerId)
        await repo.recomputeCounters(tx, before.customerId);
    },

    /** Order events → counters. Each is idempotent per order, so a replayed event is harmless. */
    async recordOrderPlaced(tx: TenantTx, fact: repo.OrderFact) {
      await repo.upsertOrderFact(tx, fact);
      await repo.recomputeCounters(tx, fact.customerId);
    },
    async recordOrderRefunded(tx: TenantTx, orderId: string, refundedMinorTotal: number) {
      const fact = await repo.updateOrderFact(tx, orderId, { refundedMinor: refundedMinorTotal });
      if (fact) await repo.recomputeCounters(tx, fact.customerId);
    },
    async recordOrderCanceled(tx: TenantTx, orderId: string) {
      const fact = await repo.updateOrderFact(tx, orderId, { canceled: true });
      if (fact) await repo.recomputeCounters(tx, fact.customerId);
    },

    addressOps: { addAddress, changeAddress, removeAddress, mustFind },
  };
}

export type CustomerService = ReturnType<typeof createCustomerService>;
