/**
 * Orders: tables `orders`, `order_items` and the per-store order counter, and `OrderService`
 * (numbering, creation, reads, merchant updates). The customers module builds fulfilment,
 * cancellation, refunds and returns on top of this face.
 */

// Checkout places orders through orderPlacement; fulfilment, cancellation, refunds and returns
// change a placed order only through orderLifecycle.
export { type OrderLifecycle, orderLifecycle } from './order-lifecycle.ts';
export { orderPlacement } from './order-placement.ts';
export {
  fulfillmentStatusOf,
  lineShare,
  owedUnits,
  paymentStatusAfterRefund,
  splitRefund,
} from './order-status.ts';
export { type OrderDto, toOrderDto, toOrderItemDto, toShopperOrder } from './orders.dto.ts';
export { type OrderErrorCode, orderErrors } from './orders.errors.ts';
export { ORDER_TOPICS, type OrderFact } from './orders.events.ts';
export {
  AddressResponse,
  FulfillmentStatusOut,
  OrderResponse,
  OrderStatusOut,
  PaymentStatusOut,
  ShopperOrderResponse,
} from './orders.responses.ts';
export { orderRoutes } from './orders.routes.ts';
export type * from './orders.schema.ts';
export {
  createOrderService,
  type NewOrder,
  type NewOrderItem,
  type OrderDeps,
  type OrderService,
} from './orders.service.ts';
export { AddressSchema, OrderListQuery } from './orders.validators.ts';
