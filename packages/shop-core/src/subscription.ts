/** A subscribe-and-save delivery's state, as the API gives it. */
export type SubscriptionStatus = 'ACTIVE' | 'PAUSED' | 'PAST_DUE' | 'CANCELED';
export type SubscriptionAction = 'pause' | 'resume' | 'cancel';

/** What the shopper reads for each state. */
export const SUBSCRIPTION_STATUS: Record<SubscriptionStatus, string> = {
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  PAST_DUE: 'Payment failed: we will retry',
  CANCELED: 'Canceled',
};

/** What the shopper may do in each state (the API refuses the rest). */
export const SUBSCRIPTION_ACTIONS: Record<SubscriptionStatus, SubscriptionAction[]> = {
  ACTIVE: ['pause', 'cancel'],
  PAUSED: ['resume', 'cancel'],
  PAST_DUE: ['cancel'],
  CANCELED: [],
};

export const SUBSCRIPTION_ACTION_LABEL: Record<SubscriptionAction, string> = {
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel',
};
