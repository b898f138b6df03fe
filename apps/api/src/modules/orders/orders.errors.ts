import { DomainError, type ErrorKind } from '../../platform/errors.ts';
import type { OrderStatus } from './orders.schema.ts';

/** Every code the orders module answers with (problem+json `code`); a typo is a type error. */
export type OrderErrorCode = 'NOT_FOUND' | 'INVALID_STATE';

const orderError = (kind: ErrorKind, code: OrderErrorCode, message: string) =>
  new DomainError(kind, code, message);

export const orderErrors = {
  notFound: () => orderError('NOT_FOUND', 'NOT_FOUND', 'Order not found'),
  /** 409: the status rules refuse the move. */
  moveRefused: (from: OrderStatus, to: OrderStatus) =>
    orderError('CONFLICT', 'INVALID_STATE', `A ${from} order cannot become ${to}`),
};
