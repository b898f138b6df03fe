import type { InventoryService } from '../modules/inventory/index.ts';
import type { NotificationService } from '../modules/notifications/index.ts';
import type { TenantTx } from '../platform/db/pool.ts';
import type { EventOf } from '../platform/events.ts';
import type { JobRegistry } from '../platform/jobs/index.ts';

type Deps = { inventory: InventoryService; notifications: NotificationService };

/** Low stock is tenant-wide: the owners and admins hear of it, in the first store's branding. */
async function alertStaff(deps: Deps, tx: TenantTx, e: EventOf<'inventory.stock.low'>) {
  const { productId, available, threshold } = e.payload;
  const [product] = await deps.inventory.getProducts(tx, [productId]);
  // Tenant-wide reads of the tenant's own stores and staff (tenancy's tables, read-only).
  const store = await tx.selectFrom('stores').select('id').orderBy('createdAt').executeTakeFirst();
  if (!product || !store) return;
  const staff = await tx
    .selectFrom('users')
    .select('email')
    .where('role', 'in', ['OWNER', 'ADMIN'])
    .execute();
  for (const u of staff)
    await deps.notifications.send(tx, {
      storeId: store.id,
      template: 'low_stock',
      to: u.email,
      reference: `product:${productId}`,
      data: { product: { name: product.name, sku: product.sku, available, threshold } },
    });
}

export function subscribeLowStock(jobs: JobRegistry, deps: Deps): void {
  jobs.subscribe({ consumer: 'low-stock-alert', topics: ['inventory.stock.low'] }, (e, tx) =>
    alertStaff(deps, tx, e),
  );
}
