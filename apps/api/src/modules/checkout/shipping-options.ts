import type { TenantTx } from '../../platform/db/pool.ts';
import { fromMinor } from '../../platform/money.ts';
import {
  type CartService,
  type CartViewer,
  computeTotals,
  needsShipping,
  type PricedCartLine,
} from '../cart/index.ts';
import type { CatalogService } from '../catalog/index.ts';
import type { Address } from '../orders/index.ts';
import { shippingMethodService } from '../pricing/index.ts';

export type ShippingOptions = ReturnType<typeof createShippingOptions>;

/**
 * The store's active shipping methods that deliver the cart to its address, each with its price
 * (none for a cart of DIGITAL lines only, which needs no shipping). `requiresShipping` and
 * `configured` (the store has any active method at all) let a storefront tell "this shop cannot
 * ship yet" apart from "no method delivers to this address".
 */
export function createShippingOptions(deps: {
  carts: CartService;
  catalog: Pick<CatalogService, 'priceLines'>;
}) {
  return async (tx: TenantTx, storeId: string, cartId: string, viewer: CartViewer) => {
    const cart = await deps.carts.get(tx, storeId, cartId, viewer);
    const priced = cart.items.length > 0 ? await deps.catalog.priceLines(tx, storeId, cart.items) : [];
    const lines: PricedCartLine[] = cart.items.map((item, i) => ({
      ...(priced[i] as PricedCartLine),
      id: item.id,
      quantity: item.quantity,
    }));
    // A cart of DIGITAL lines only ships nothing: there is no method to choose.
    const methods = await shippingMethodService.active(tx, storeId);
    const configured = methods.length > 0;
    if (!needsShipping(lines)) return { data: [], requiresShipping: false, configured };
    const options = [];
    for (const method of methods) {
      const totals = await computeTotals(
        tx,
        {
          storeId,
          couponCodes: cart.couponCodes,
          shippingMethodId: method.id,
          shippingAddress: cart.shippingAddress as Address | null,
        },
        lines,
      );
      if (!totals.shippingAvailable) continue;
      options.push({
        id: method.id,
        name: method.name,
        description: method.description,
        rateCalculationType: method.rateCalculationType,
        estimatedDeliveryDays: method.estimatedDeliveryDays,
        taxable: method.taxable,
        price: fromMinor(totals.shippingMinor, totals.currency),
        totalAmount: fromMinor(totals.totalMinor, totals.currency),
      });
    }
    return { data: options, requiresShipping: true, configured };
  };
}
