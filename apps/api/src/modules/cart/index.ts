/** Carts: lines that hold stock (inventory reservations, reference = cart id) and live totals. */
export { type CartDto, toCartDto } from './cart.dto.ts';
export {
  ABANDON_JOB,
  cartJobs,
  REMIND_JOB,
  type RecoveryNotice,
  type RecoveryNotifier,
  registerCartJobs,
} from './cart.jobs.ts';
export { cartRoutes } from './cart.routes.ts';
export type * from './cart.schema.ts';
export { type CartDeps, type CartService, type CartViewer, createCartService } from './cart.service.ts';
export {
  type CartCatalog,
  type CartPricing,
  computeTotals,
  needsShipping,
  type PricedCartLine,
  readChange,
  readTotalsInputs,
  type TotalsInputs,
} from './cart.totals.ts';
export { CartLineInput, UpdateCartBody } from './cart.validators.ts';
