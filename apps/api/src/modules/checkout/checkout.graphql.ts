import type { GraphQLContext } from '../../graphql/context.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { ResolvedStore } from '../../platform/http/route.ts';
import { listQuery } from '../../platform/http/schemas.ts';
import type { CartService } from '../cart/index.ts';
import { CartLineInput, UpdateCartBody } from '../cart/index.ts';
import { OrderListQuery, type OrderService, toShopperOrder } from '../orders/index.ts';
import { paymentMethodService } from '../payments/index.ts';
import { couponService, giftCardService, shippingMethodService, taxRateService } from '../pricing/index.ts';
import type { CheckoutService } from './checkout.service.ts';
import type { Settlement } from './checkout.settle.ts';
import { CheckoutBody } from './checkout.validators.ts';

const typeDefs = /* GraphQL */ `
  type OrderAddress {
    firstName: String!
    lastName: String!
    line1: String!
    line2: String
    city: String!
    region: String
    postalCode: String!
    country: String!
    phone: String
  }
  input CheckoutAddressInput {
    firstName: String!
    lastName: String!
    line1: String!
    line2: String
    city: String!
    region: String
    postalCode: String!
    country: String!
    phone: String
  }
  type CartItem { id: ID!, listingId: ID!, productId: ID!, variantId: ID!, title: String!, sku: String, unitPrice: String!, quantity: Int!, lineTotal: String! }
  enum CartStatus { ACTIVE ABANDONED CONVERTED }
  type Cart {
    id: ID!
    storeId: ID!
    customerId: ID
    email: String
    status: CartStatus!
    items: [CartItem!]!
    savedItems: [CartItem!]!
    couponCodes: [String!]!
    notes: String
    shippingAddress: OrderAddress
    billingAddress: OrderAddress
    shippingMethodId: ID
    currency: String!
    subtotal: String!
    discountAmount: String!
    shippingAmount: String!
    taxAmount: String!
    totalAmount: String!
    orderId: ID
    expiresAt: String
    lastActivityAt: String!
  }
  type PaymentCard { brand: String, last4: String, expMonth: Int, expYear: Int }
  "A bank page to visit (redirect: url) or a check Stripe.js runs in the page (stripe_sdk: clientSecret)."
  type PaymentNextAction { type: String!, url: String, clientSecret: String }
  type Payment {
    id: ID!
    provider: String!
    paymentMethodId: ID
    status: String!
    amount: String!
    refundedAmount: String!
    currency: String!
    card: PaymentCard
    giftCardLast4: String
    instructions: String
    nextAction: PaymentNextAction
  }
  type OrderItem {
    id: ID!
    listingId: ID
    productId: ID
    variantId: ID
    sku: String
    title: String!
    unitPrice: String!
    quantity: Int!
    lineTotal: String!
    discountAmount: String!
    taxAmount: String!
    totalAmount: String!
    quantityFulfilled: Int!
  }
  enum OrderStatus { PENDING PROCESSING SHIPPED DELIVERED CANCELED RETURNED }
  enum OrderPaymentStatus { PENDING PAID PARTIALLY_PAID REFUNDED FAILED }
  enum FulfillmentStatus { UNFULFILLED PARTIALLY_FULFILLED FULFILLED }
  type Order {
    id: ID!
    storeId: ID!
    orderNumber: String!
    customerId: ID
    customerEmail: String
    customerName: String
    items: [OrderItem!]!
    status: OrderStatus!
    paymentStatus: OrderPaymentStatus!
    fulfillmentStatus: FulfillmentStatus!
    shippingAddress: OrderAddress
    billingAddress: OrderAddress
    shippingMethod: String
    currency: String!
    subtotalAmount: String!
    discountAmount: String!
    shippingAmount: String!
    taxAmount: String!
    totalAmount: String!
    couponCodes: [String!]!
    notes: String
    customerNotes: String
    internalNotes: String
    payments: [Payment!]!
    createdAt: String!
    updatedAt: String!
  }
  type OrderPage { data: [Order!]!, total: Int!, limit: Int!, offset: Int! }
  type ShippingMethod {
    id: ID!
    storeId: ID!
    name: String!
    description: String
    price: String!
    freeAboveAmount: String
    estimatedDeliveryDays: Int
    isActive: Boolean!
    taxable: Boolean!
    rateCalculationType: String!
    settings: JSON
  }
  type PaymentMethod { id: ID!, storeId: ID!, name: String!, provider: String!, isActive: Boolean!, settings: JSON, instructions: String }
  type TaxRate { id: ID!, storeId: ID!, name: String!, country: String!, region: String, postalPrefix: String, taxCategory: String, rate: String!, appliesToShipping: Boolean!, compound: Boolean! }
  type Coupon {
    id: ID!
    storeId: ID!
    code: String!
    description: String
    discountType: String!
    discountValue: String!
    minimumOrderAmount: String
    startsAt: String
    expiresAt: String
    usageLimit: Int
    usageCount: Int!
    perCustomerLimit: Int
    applicableProductIds: [ID!]!
    applicableCategoryIds: [ID!]!
    excludedProductIds: [ID!]!
    excludedCategoryIds: [ID!]!
    isActive: Boolean!
    isAutomatic: Boolean!
  }
  type GiftCard { id: ID!, storeId: ID!, code: String!, currency: String!, initialBalance: String!, balance: String!, expiresAt: String, isActive: Boolean! }
  input CartLineInput { listingId: ID!, variantId: ID, quantity: Int! }
  input CartUpdateInput {
    items: [CartLineInput!]
    couponCodes: [String!]
    email: String
    notes: String
    shippingAddress: CheckoutAddressInput
    billingAddress: CheckoutAddressInput
    shippingMethodId: ID
  }
  input PaymentInput { paymentMethodId: ID, savedPaymentMethodId: ID, amount: String, token: String, giftCardCode: String }
  input CheckoutInput {
    cartId: ID!
    email: String
    shippingAddress: CheckoutAddressInput
    billingAddress: CheckoutAddressInput
    shippingMethodId: ID
    payments: [PaymentInput!]!
    customerNotes: String
    savePaymentMethod: Boolean
  }
  extend type Query {
    cart(domain: String!, id: ID!): Cart
    order(storeId: ID!, id: ID!): Order
    orders(storeId: ID!, limit: Int, offset: Int, status: OrderStatus): OrderPage!
    shippingMethods(storeId: ID!): [ShippingMethod!]!
    paymentMethods(storeId: ID!): [PaymentMethod!]!
    taxRates(storeId: ID!): [TaxRate!]!
    coupons(storeId: ID!): [Coupon!]!
    giftCards(storeId: ID!): [GiftCard!]!
  }
  extend type Mutation {
    createCart(domain: String!, items: [CartLineInput!], email: String): Cart!
    updateCart(domain: String!, id: ID!, input: CartUpdateInput!): Cart!
    addCartItem(domain: String!, cartId: ID!, input: CartLineInput!): Cart!
    updateCartItem(domain: String!, cartId: ID!, itemId: ID!, quantity: Int!): Cart!
    removeCartItem(domain: String!, cartId: ID!, itemId: ID!): Cart!
    checkout(domain: String!, input: CheckoutInput!): Order!
  }
`;

type Args = Record<string, unknown>;
const defined = (input: unknown) =>
  Object.fromEntries(Object.entries((input ?? {}) as Args).filter(([, v]) => v !== null && v !== undefined));
const AllRows = listQuery(['createdAt']);

/** The shopper behind a storefront call: a customer token of this store, else a guest. */
const viewer = (ctx: GraphQLContext, store: ResolvedStore) => ({
  customerId:
    ctx.auth?.kind === 'customer' && ctx.auth.storeId === store.storeId ? ctx.auth.customerId : null,
});
const all = async <T>(list: (tx: TenantTx) => Promise<{ data: T[] }>, tx: TenantTx) => (await list(tx)).data;

/** Cart, Order and the store's pricing configuration over GraphQL (same services as REST). */
export function checkoutGraphQL(deps: {
  carts: CartService;
  orders: OrderService;
  checkout: CheckoutService;
  settlement: Settlement;
}): GraphQLModule {
  const { carts, orders, checkout } = deps;
  const page = AllRows.parse({ limit: 100 });
  return {
    typeDefs,
    resolvers: {
      Query: {
        cart: (_: unknown, a: { domain: string; id: string }, ctx: GraphQLContext) =>
          ctx.storefront(a.domain, (tx, store) => carts.get(tx, store.storeId, a.id, viewer(ctx, store))),
        order: (_: unknown, a: { storeId: string; id: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) => orders.get(tx, a.storeId, a.id), { storeId: a.storeId }),
        orders: (_: unknown, a: Args & { storeId: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) =>
            orders.list(tx, a.storeId, OrderListQuery.parse(defined({ ...a, storeId: undefined }))),
          ),
        shippingMethods: (_: unknown, a: { storeId: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) => all((t) => shippingMethodService.list(t, a.storeId, page), tx), {
            storeId: a.storeId,
          }),
        paymentMethods: (_: unknown, a: { storeId: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) => all((t) => paymentMethodService.list(t, a.storeId, page), tx), {
            storeId: a.storeId,
          }),
        taxRates: (_: unknown, a: { storeId: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) => all((t) => taxRateService.list(t, a.storeId, page), tx), { storeId: a.storeId }),
        coupons: (_: unknown, a: { storeId: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) => all((t) => couponService.list(t, a.storeId, page), tx), { storeId: a.storeId }),
        giftCards: (_: unknown, a: { storeId: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) => all((t) => giftCardService.list(t, a.storeId, page), tx), { storeId: a.storeId }),
      },
      Mutation: {
        createCart: (
          _: unknown,
          a: { domain: string; items?: unknown[]; email?: string },
          ctx: GraphQLContext,
        ) =>
          ctx.storefront(a.domain, (tx, store) =>
            carts.create(
              tx,
              store.storeId,
              {
                items: (a.items ?? []).map((l) => CartLineInput.parse(defined(l))),
                email: a.email ?? undefined,
              },
              viewer(ctx, store).customerId,
            ),
          ),
        updateCart: (_: unknown, a: { domain: string; id: string; input: unknown }, ctx: GraphQLContext) =>
          ctx.storefront(a.domain, (tx, store) =>
            carts.update(tx, store.storeId, a.id, UpdateCartBody.parse(defined(a.input)), viewer(ctx, store)),
          ),
        addCartItem: (
          _: unknown,
          a: { domain: string; cartId: string; input: unknown },
          ctx: GraphQLContext,
        ) =>
          ctx.storefront(a.domain, (tx, store) =>
            carts.addItem(
              tx,
              store.storeId,
              a.cartId,
              CartLineInput.parse(defined(a.input)),
              viewer(ctx, store),
            ),
          ),
        updateCartItem: (
          _: unknown,
          a: { domain: string; cartId: string; itemId: string; quantity: number },
          ctx: GraphQLContext,
        ) =>
          ctx.storefront(a.domain, (tx, store) =>
            carts.updateItem(tx, store.storeId, a.cartId, a.itemId, a.quantity, viewer(ctx, store)),
          ),
        removeCartItem: (
          _: unknown,
          a: { domain: string; cartId: string; itemId: string },
          ctx: GraphQLContext,
        ) =>
          ctx.storefront(a.domain, (tx, store) =>
            carts.removeItem(tx, store.storeId, a.cartId, a.itemId, viewer(ctx, store)),
          ),
        checkout: async (
          _: unknown,
          a: { domain: string; input: Args & { payments?: unknown[] } },
          ctx: GraphQLContext,
        ) => {
          let at: { tenantId: string; storeId: string } | undefined;
          const order = await ctx.storefront(a.domain, (tx, store) => {
            const input = CheckoutBody.parse({
              ...defined(a.input),
              payments: (a.input.payments ?? []).map(defined),
            });
            at = store;
            return checkout.checkout(tx, store.storeId, input, viewer(ctx, store));
          });
          // Committed: capture what was authorised (the sweep finishes it should this fail).
          const where = at as { tenantId: string; storeId: string };
          const settled = await deps.settlement
            .settle(where.tenantId, where.storeId, order.id)
            .catch(() => order);
          return toShopperOrder(settled);
        },
      },
    },
  };
}
