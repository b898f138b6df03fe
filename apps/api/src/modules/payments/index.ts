/** Payments: payment methods (admin), gateways (manual, test, stripe), payment records, saved methods. */

export * from './gateways/index.ts';
export { paymentMethodService, toPublicPaymentMethodDto } from './payment-methods.service.ts';
export { recordPaymentRefund } from './payment-refunds.repository.ts';
export { type PaymentDto, toPaymentDto } from './payments.dto.ts';
export { type PaymentErrorCode, paymentErrors } from './payments.errors.ts';
export { paymentGraphQL } from './payments.graphql.ts';
export * from './payments.repository.ts';
export {
  PaymentResponse,
  PublicPaymentMethodResponse,
  SavedMethodResponse,
} from './payments.responses.ts';
export { paymentRoutes } from './payments.routes.ts';
export type * from './payments.schema.ts';
export {
  createSavedMethodService,
  type SavedMethodService,
  toSavedMethodDto,
} from './saved-methods.service.ts';
export { handleStripeWebhook, type PaymentUpdate } from './stripe-webhooks.ts';
