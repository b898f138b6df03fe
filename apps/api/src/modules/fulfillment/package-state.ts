import { invalidState } from '../../platform/errors.ts';
import type { FulfillmentState } from './fulfillment.schema.ts';

/** Which package states may follow which: anything else is 409 INVALID_STATE. */
const PACKAGE_FLOW: Record<FulfillmentState, FulfillmentState[]> = {
  QUEUED: ['PICKING', 'PICKED', 'CANCELED'],
  PICKING: ['PICKING', 'PICKED', 'CANCELED'],
  PICKED: ['PACKED', 'CANCELED'],
  PACKED: ['SHIPPED', 'CANCELED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: [],
  CANCELED: [],
};

export function assertPackageMove(from: FulfillmentState, to: FulfillmentState): void {
  if (!PACKAGE_FLOW[from].includes(to)) throw invalidState(`A ${from} package cannot become ${to}`);
}
