/**
 * Domain errors. Services throw these (never HTTP classes); `http/problem.ts` maps each kind to a
 * status once. `code` is the machine-readable reason clients switch on (e.g. INSUFFICIENT_STOCK).
 */
export type ErrorKind =
  | 'INVALID'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYMENT_DECLINED'
  | 'UNPROCESSABLE'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  /** A service we depend on (a payment gateway) failed or could not be reached: 502. */
  | 'BAD_GATEWAY'
  /** A dependency is away for now (the database restarting, Redis for session state): 503, retry soon. */
  | 'UNAVAILABLE';

export type FieldError = { path: string; message: string };

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: { errors?: FieldError[]; retryAfterSeconds?: number; [k: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (message: string, errors: FieldError[] = []) =>
  new DomainError('INVALID', 'VALIDATION_FAILED', message, { errors });
export const notFound = (what: string) => new DomainError('NOT_FOUND', 'NOT_FOUND', `${what} not found`);
export const conflict = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError('CONFLICT', code, message, details);
export const invalidState = (message: string) => conflict('INVALID_STATE', message);
export const unauthenticated = (message = 'Missing or invalid credentials') =>
  new DomainError('UNAUTHENTICATED', 'UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed', permission?: string) =>
  new DomainError('FORBIDDEN', 'FORBIDDEN', message, permission ? { permission } : {});
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', 'RATE_LIMITED', 'Too many requests', { retryAfterSeconds });
/** Retry-After is short: the dependency reconnects by itself and the client should simply retry. */
export const temporarilyUnavailable = (message: string, retryAfterSeconds = 5) =>
  new DomainError('UNAVAILABLE', 'TEMPORARILY_UNAVAILABLE', message, { retryAfterSeconds });
