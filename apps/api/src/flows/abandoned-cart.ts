import type { RecoveryNotifier } from '../modules/cart/index.ts';
import { itemsHtml, type NotificationService } from '../modules/notifications/index.ts';

/**
 * The abandoned-cart emails: the cart jobs call this in the transaction that marks the cart
 * abandoned (first) or reminded (reminder), so each is queued exactly once, with that change.
 * (Until 0720 the `cart.abandoned.reminder` event also reached a notifications consumer, which
 * sent the reminder a second time.)
 */
export function abandonedCartEmails(deps: {
  notifications: NotificationService;
  recoveryLink: (domain: string, token: string) => string;
}): RecoveryNotifier {
  return async (tx, n) => {
    await deps.notifications.send(tx, {
      storeId: n.storeId,
      template: 'abandoned_cart',
      to: n.to,
      data: {
        cart: { id: n.cartId, url: deps.recoveryLink(n.domain, n.recoveryToken) },
        itemsHtml: itemsHtml(n.items),
        customer: { firstName: '' },
      },
      reference: `cart:${n.cartId}:${n.kind}`,
    });
  };
}
