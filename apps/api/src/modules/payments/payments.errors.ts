import { conflict, DomainError } from '../../platform/errors.ts';

/**
 * The codes payments answer with beyond the platform's generic ones (VALIDATION_FAILED,
 * NOT_FOUND, INVALID_STATE): problem+json `code`, a typo is a type error.
 */
export type PaymentErrorCode =
  | 'PAYMENT_DECLINED'
  | 'GATEWAY_REFUSED'
  | 'GATEWAY_UNAVAILABLE'
  | 'INVALID_SIGNATURE'
  | 'PAYMENT_METHOD_IN_USE';

type Details = Record<string, unknown>;

export const paymentErrors = {
  /** 402: the card was declined. */
  declined: (message = 'The card was declined') =>
    new DomainError('PAYMENT_DECLINED', 'PAYMENT_DECLINED' satisfies PaymentErrorCode, message),
  /** 409: the gateway turned the request down (e.g. Stripe: the charge is disputed or already refunded). */
  gatewayRefused: (message: string, details: Details = {}) =>
    conflict('GATEWAY_REFUSED' satisfies PaymentErrorCode, message, details),
  /** 502: the gateway failed (5xx) or could not be reached; whether it acted is unknown. */
  gatewayUnavailable: (message: string, details: Details = {}) =>
    new DomainError('BAD_GATEWAY', 'GATEWAY_UNAVAILABLE' satisfies PaymentErrorCode, message, details),
  /** 409: a method that took payments stays (their refunds and voids go through it): deactivate it. */
  methodInUse: () =>
    conflict(
      'PAYMENT_METHOD_IN_USE' satisfies PaymentErrorCode,
      'This payment method has taken payments, which are refunded through it: deactivate it instead of deleting it',
    ),
  /** 400: a webhook whose signature matches none of the store's secrets. */
  invalidSignature: () =>
    new DomainError(
      'INVALID',
      'INVALID_SIGNATURE' satisfies PaymentErrorCode,
      'The webhook signature does not match',
    ),
};
