/** Abandoned-cart topics (cart.jobs.ts); the emails themselves are queued with the state change. */
type AbandonedCart = { cartId: string; storeId: string; email: string | null; recoveryToken: string };

declare module '../../platform/events.ts' {
  interface EventTopics {
    'cart.abandoned': AbandonedCart;
    'cart.abandoned.reminder': AbandonedCart;
  }
}

export {};
