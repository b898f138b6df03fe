import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { emailsTo, forgetEmailsTo } from '../notifications/index.ts';
import type { OrderService } from '../orders/index.ts';
import { customersWrites } from './customers.schema.ts';
import type { CustomerService } from './customers.service.ts';

/**
 * Personal data: an export of everything held about a customer, and erasure that anonymises the
 * profile (and the email log) while orders stay for accounting, as the law on bookkeeping asks.
 */
export function createPrivacyService(deps: { customers: CustomerService; orders: OrderService }) {
  async function allOrders(tx: TenantTx, storeId: string, customerId: string) {
    const data: unknown[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await deps.orders.list(tx, storeId, { limit: 100, offset, customerId });
      data.push(...page.data);
      if (offset + 100 >= page.total) return data;
    }
  }

  return {
    async export(tx: TenantTx, storeId: string, customerId: string) {
      const customer = await deps.customers.get(tx, storeId, customerId);
      const [orders, emails, loyalty] = await Promise.all([
        allOrders(tx, storeId, customerId),
        emailsTo(tx, storeId, customer.email),
        tx.selectFrom('customerOrderFacts').selectAll().where('customerId', '=', customerId).execute(),
      ]);
      return {
        exportedAt: new Date().toISOString(),
        format: 'ventory.customer-export.v1',
        customer,
        orders,
        emails,
        orderFacts: loyalty.map((f) => ({
          orderId: f.orderId,
          placedAt: new Date(f.placedAt).toISOString(),
          canceled: f.canceled,
        })),
      };
    },

    async erase(tx: TenantTx, storeId: string, customerId: string) {
      // Locked first, in the mode the new email (a unique key) needs. Otherwise an order-facts
      // update that holds the row's key-share lock (its foreign key) and then updates the counters
      // deadlocks with this erase halfway through (seen in CI).
      const row = await tx
        .selectFrom('customers')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('id', '=', customerId)
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw notFound('Customer');
      if (row.erasedAt) return deps.customers.get(tx, storeId, customerId);
      const placeholder = `erased+${customerId}@erased.invalid`;
      await customersWrites(tx)
        .deleteFrom('customerCredentials')
        .where('customerId', '=', customerId)
        .execute();
      await customersWrites(tx)
        .updateTable('customers')
        .set({ defaultAddressId: null })
        .where('id', '=', customerId)
        .execute();
      await customersWrites(tx)
        .deleteFrom('customerAddresses')
        .where('customerId', '=', customerId)
        .execute();
      await customersWrites(tx)
        .updateTable('customers')
        .set({
          email: placeholder,
          firstName: null,
          lastName: null,
          phoneNumber: null,
          notes: null,
          tags: [],
          segment: null,
          customAttributes: '{}',
          marketingConsent: false,
          status: 'INACTIVE',
          erasedAt: new Date(),
        })
        .where('id', '=', customerId)
        .execute();
      await forgetEmailsTo(tx, storeId, row.email, placeholder);
      await recordEvent(tx, 'customer.erased', { storeId, customerId });
      return deps.customers.get(tx, storeId, customerId);
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
