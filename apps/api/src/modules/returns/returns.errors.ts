import { conflict } from '../../platform/errors.ts';

/** The codes returns answer with beyond the platform's generic ones (problem+json `code`). */
export type ReturnErrorCode = 'QUANTITY_EXCEEDS_RETURNABLE';

/** 409 with one of the returns codes. */
export const returnConflict = (
  code: ReturnErrorCode,
  message: string,
  details: Record<string, unknown> = {},
) => conflict(code, message, details);
