import { conflict } from '../../platform/errors.ts';

/**
 * The codes fulfilment answers with beyond the platform's generic ones (VALIDATION_FAILED,
 * NOT_FOUND, INVALID_STATE): problem+json `code`, a typo is a type error.
 */
export type FulfillmentErrorCode =
  | 'QUANTITY_EXCEEDS_REMAINING'
  | 'NOT_IN_PACKAGE'
  | 'OVER_PICK'
  | 'QC_REQUIRED'
  | 'DUPLICATE_TRACKING_NUMBER'
  | 'REFUND_EXCEEDS_PAID';

/** 409 with one of fulfilment's codes. */
export const fulfillmentConflict = (
  code: FulfillmentErrorCode,
  message: string,
  details: Record<string, unknown> = {},
) => conflict(code, message, details);
