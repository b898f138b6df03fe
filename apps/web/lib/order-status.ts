/** Shopper wording of the API's order, payment and fulfilment states. */
const WORDS: Record<string, string> = {
  // order
  PENDING: 'Received',
  PROCESSING: 'Being prepared',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELED: 'Canceled',
  RETURNED: 'Returned',
  // payment
  PAID: 'Paid',
  PARTIALLY_PAID: 'Partly paid',
  REFUNDED: 'Refunded',
  PARTIALLY_REFUNDED: 'Partly refunded',
  FAILED: 'Failed',
  // fulfilment and packages
  UNFULFILLED: 'Not shipped yet',
  PARTIALLY_FULFILLED: 'Partly shipped',
  FULFILLED: 'Shipped',
  QUEUED: 'Being prepared',
  PICKING: 'Being prepared',
  PICKED: 'Being prepared',
  PACKED: 'Packed',
  LABEL_CREATED: 'Label created',
  IN_TRANSIT: 'In transit',
  // returns
  REQUESTED: 'Requested',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  RECEIVED: 'Received',
  EXCHANGED: 'Exchanged',
};

export function statusWord(state: string, kind?: 'payment'): string {
  if (kind === 'payment' && state === 'PENDING') return 'Awaiting payment';
  return WORDS[state] ?? state.charAt(0) + state.slice(1).toLowerCase().replace(/_/g, ' ');
}

const stamp = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** Dates are shown in UTC: the server renders them and does not know the shopper's zone. */
export const when = (iso: string) => `${stamp.format(new Date(iso))} UTC`;
export const onDay = (iso: string) => day.format(new Date(iso));
