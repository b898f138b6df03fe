// Checked by the type check (`npm run typecheck`, in CI), never run: every `@ts-expect-error`
// below must stay an error, so a handle that lets a module write another module's table fails CI.
// What the module handles are: `platform/db/pool.ts` (`TenantTx`, `writesTo`).
import type { CatalogTables } from '../src/modules/catalog/index.ts';
import type { InventoryTables } from '../src/modules/inventory/index.ts';
import type { TenantTx } from '../src/platform/db/pool.ts';

export function moduleTablesStayApart(
  passed: TenantTx,
  catalog: TenantTx<CatalogTables>,
  inventory: TenantTx<InventoryTables>,
) {
  // The handle that passes between routes, flows and modules reads every table and writes none.
  passed.selectFrom('stockLevels');
  // @ts-expect-error insert through the shared handle
  passed.insertInto('productListings');
  // @ts-expect-error update through the shared handle
  passed.updateTable('productListings');
  // @ts-expect-error delete through the shared handle
  passed.deleteFrom('productListings');

  // A module's handle writes its own tables and reads the others.
  catalog.insertInto('productListings');
  catalog.updateTable('categories');
  catalog.deleteFrom('wishlistItems');
  catalog.selectFrom('stockLevels');
  // @ts-expect-error catalog inserting into inventory's ledger
  catalog.insertInto('inventoryTransactions');
  // @ts-expect-error catalog updating inventory's stock
  catalog.updateTable('stockLevels');
  // @ts-expect-error catalog deleting inventory's reservations
  catalog.deleteFrom('reservations');
  // @ts-expect-error catalog writing a platform table (the outbox is written by recordEvent)
  catalog.insertInto('outboxEvents');
  // @ts-expect-error inventory writing catalog's listings
  inventory.updateTable('productListings');

  // A module's handle goes back to the shared one when it calls another module; never sideways.
  const back: TenantTx = catalog;
  // @ts-expect-error catalog's handle used as inventory's
  const sideways: TenantTx<InventoryTables> = catalog;
  // @ts-expect-error the shared handle used as a module's without `writesTo`
  const widened: TenantTx<CatalogTables> = passed;
  return [back, sideways, widened];
}
