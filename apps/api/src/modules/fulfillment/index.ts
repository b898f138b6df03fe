/**
 * Fulfilment: the ten-step flow after "Place order" (queue → pick → pack/QC → label → ship →
 * deliver), the one-call fulfil, cancellations, refunds, the order timeline and tracking.
 */

export { builtInCarrier, type Carrier, type Label, type LabelRequest } from './carrier.ts';
export { fulfilDigitalLines } from './digital-lines.ts';
export type { FlowDeps } from './flow-context.ts';
export { type Actor, notifyCustomer, SYSTEM } from './flow-context.ts';
export type { FulfillmentDto } from './fulfillment.dto.ts';
export type { FulfillmentErrorCode } from './fulfillment.errors.ts';
export { fulfillmentGraphQL } from './fulfillment.graphql.ts';
export { addTimeline, refundsOf } from './fulfillment.repository.ts';
export { fulfillmentRoutes } from './fulfillment.routes.ts';
export type { FulfillmentTables } from './fulfillment.schema.ts';
export { createFulfillmentService, type FulfillmentService } from './fulfillment.service.ts';
export { deliverGiftCards, isGiftCardProduct } from './gift-card-delivery.ts';
export { createOrderActions, type OrderActions } from './order-actions.service.ts';
export { confirmationEmail } from './order-emails.ts';
export { createFulfillmentViews, type FulfillmentViews } from './views.service.ts';
