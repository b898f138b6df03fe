// The SDK's calls whose types come from the OpenAPI document (packages/sdk/src/contract.ts), run
// against the real API. Replies are checked against the routes' response schemas here
// (VALIDATE_RESPONSES=1), and those schemas are what the SDK's generated types were made from.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  ApiKey,
  AuditLogEntry,
  Coupon,
  CreatedApiKey,
  LoyaltyRule,
  ShippingMethod,
  StaffUser,
  SubscriptionPlan,
  TaxRate,
} from '@ventory/sdk';
import { addMember, anonymous, newMerchantWithStore } from './fixtures.ts';
import { startTestServer, type TestServer } from './server.ts';
import { listProduct } from './shop.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('SDK calls typed by the generated contract', () => {
  test('access: a staff user, an invitation, an API key and the audit log', async () => {
    const m = await newMerchantWithStore(server);
    const staff = await addMember(server, m, 'STAFF');
    const user: StaffUser = await m.client.users.get(staff.id);
    assert.equal(user.role, 'STAFF');
    assert.ok(Array.isArray(user.permissions));
    const updated = await m.client.users.update(staff.id, { name: 'Renamed', storeIds: [m.store.id] });
    assert.deepEqual([updated.name, updated.storeIds], ['Renamed', [m.store.id]]);

    const invitation = await m.client.users.invite({ email: 'invited@example.test', role: 'ADMIN' });
    assert.equal(invitation.role, 'ADMIN');

    const created: CreatedApiKey = await m.client.apiKeys.create({ name: 'ERP', scopes: ['orders.write'] });
    const key: ApiKey = await m.client.apiKeys.get(created.id);
    assert.equal(key.name, 'ERP');
    assert.ok(created.key.startsWith(key.prefix));
    assert.equal(Object.hasOwn(key, 'key'), false, 'the secret is shown on creation only');
    await m.client.apiKeys.revoke(created.id);

    const log = await m.client.auditLog('?limit=50');
    const entries: AuditLogEntry[] = log.data;
    assert.ok(entries.length > 0);
  });

  test('loyalty rule, and pricing and subscription-plan resources', async () => {
    const m = await newMerchantWithStore(server);
    const rule: LoyaltyRule = await m.client.customers.loyaltyRule.set(m.store.id, {
      isActive: true,
      pointsPerUnit: 2,
      pointValueMinor: 1,
      minRedeemPoints: 100,
    });
    assert.deepEqual(await m.client.customers.loyaltyRule.get(m.store.id), rule);

    const ship: ShippingMethod = await m.client.commerce.shippingMethods.create(m.store.id, {
      name: 'Standard',
      price: '5.00',
    });
    assert.equal(ship.price, '5.00');
    const tax: TaxRate = await m.client.commerce.taxRates.create(m.store.id, {
      name: 'VAT',
      country: 'US',
      rate: '5',
    });
    assert.equal((await m.client.commerce.taxRates.get(m.store.id, tax.id)).country, 'US');
    const coupon: Coupon = await m.client.commerce.coupons.create(m.store.id, {
      code: 'TENOFF',
      discountType: 'PERCENTAGE',
      discountValue: '10',
    });
    assert.equal((await m.client.commerce.coupons.list(m.store.id)).data[0]?.code, coupon.code);

    const { listing } = await listProduct(m.client, m.store.id, { price: '9.00', stock: 5 });
    const plan: SubscriptionPlan = await m.client.commerce.subscriptionPlans.create(m.store.id, {
      listingId: listing.id,
      name: 'Monthly',
      interval: 'MONTH',
      price: '8.00',
    });
    assert.equal(plan.interval, 'MONTH');
    const offered = await anonymous(server).account.subscriptionPlans(m.store.domain, listing.id);
    assert.deepEqual(
      offered.data.map((p) => p.id),
      [plan.id],
    );
  });
});
