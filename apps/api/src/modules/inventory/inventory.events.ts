/** Inventory topics with declared payloads (the others reach `inventory.*` subscribers untyped). */
declare module '../../platform/events.ts' {
  interface EventTopics {
    /** Written by the stock movement statement itself (stock.repository.ts), one per moved level. */
    'inventory.stock.changed': {
      productId: string;
      variantId: string;
      locationId: string;
      type: string;
      quantity: number;
      reference: string | null;
      onHand: number;
      reserved: number;
      allocated: number;
    };
    'inventory.stock.low': {
      productId: string;
      variantId: string;
      kind: string;
      available: number;
      threshold: number;
    };
  }
}

export {};
