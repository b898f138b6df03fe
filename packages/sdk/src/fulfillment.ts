import type { Call } from './call.ts';
import type { RequestBody, ResponseBody } from './contract.ts';
import type { List } from './types.ts';

type Lines = Array<{ itemId: string; quantity: number }>;

/** A package of an order on its way through the warehouse. */
export type Fulfillment = ResponseBody<'/api/stores/{storeId}/fulfillments/{id}', 'get'>;
export type PickList = ResponseBody<'/api/inventory/locations/{id}/pick-lists', 'get'>;
export type Tracking = ResponseBody<'/api/storefront/{domain}/orders/{orderNumber}/tracking', 'get'>;
export type OrderReturn = ResponseBody<'/api/storefront/{domain}/orders/{orderNumber}/returns', 'post'>;
type StaffReturnPath = '/api/stores/{storeId}/returns/{id}';
/** A return or exchange as staff see it: every line with what was restocked and written off. */
export type StaffReturn = ResponseBody<StaffReturnPath, 'get'>;
export type StaffReturnStatus = StaffReturn['status'];
/** A row of the staff returns list: the return with its order's number and customer. */
export type StaffReturnListed = ResponseBody<'/api/stores/{storeId}/returns', 'get'>['data'][number];
/** Open a return (or an exchange) for lines of an order. */
export type OpenReturnInput = RequestBody<'/api/stores/{storeId}/orders/{id}/returns', 'post'>;
/** Goods back: per line how many go back on the shelf and how many are written off. */
export type ReceiveReturnInput = RequestBody<`${StaffReturnPath}/receive`, 'post'>;
/** A placed exchange: the return and the number of the order that ships the replacements. */
export type PlacedExchange = ResponseBody<`${StaffReturnPath}/exchange`, 'post'>;
/** The order emails staff may send to the customer again. */
export type ResendOrderEmailInput = RequestBody<'/api/stores/{storeId}/orders/{id}/emails', 'post'>;
/** The queued email, as the store's email log shows it. */
export type ResentOrderEmail = ResponseBody<'/api/stores/{storeId}/orders/{id}/emails', 'post'>;
/** A return as its shopper sees it in the account. */
export type ShopperReturn = ResponseBody<'/api/storefront/{domain}/account/returns', 'get'>['data'][number];
export type TimelineEntry = ResponseBody<'/api/stores/{storeId}/orders/{id}/timeline', 'get'>['data'][number];

/** Order actions and the fulfilment flow (staff). Orders are returned as plain JSON. */
export const fulfillmentApi = (call: Call) => {
  const order = (storeId: string, id: string) => `/api/stores/${storeId}/orders/${id}`;
  const pkg = (storeId: string, id: string) => `/api/stores/${storeId}/fulfillments/${id}`;
  return {
    fulfill: (
      storeId: string,
      orderId: string,
      input: { items?: Lines; trackingNumber?: string; carrier?: string } = {},
    ) => call<Record<string, unknown>>('POST', `${order(storeId, orderId)}/fulfill`, input),
    cancel: (storeId: string, orderId: string, input: { reason?: string } = {}) =>
      call<Record<string, unknown>>('POST', `${order(storeId, orderId)}/cancel`, input),
    refund: (
      storeId: string,
      orderId: string,
      input: { amount?: string; items?: Lines; reason?: string; restock?: boolean } = {},
    ) => call<Record<string, unknown>>('POST', `${order(storeId, orderId)}/refund`, input),
    timeline: (storeId: string, orderId: string) =>
      call<List<TimelineEntry>>('GET', `${order(storeId, orderId)}/timeline`),
    packages: (storeId: string, orderId: string) =>
      call<List<Fulfillment>>('GET', `${order(storeId, orderId)}/fulfillments`),
    queue: (
      storeId: string,
      orderId: string,
      input: { items?: Lines; locationId?: string; requiresQc?: boolean } = {},
    ) => call<Fulfillment>('POST', `${order(storeId, orderId)}/fulfillments`, input),
    pick: (
      storeId: string,
      id: string,
      input: { sku?: string; itemId?: string; quantity?: number; all?: boolean },
    ) => call<Fulfillment>('POST', `${pkg(storeId, id)}/pick`, input),
    pack: (
      storeId: string,
      id: string,
      input: { qc?: { passed: boolean; notes?: string }; weightGrams?: number } = {},
    ) => call<Fulfillment>('POST', `${pkg(storeId, id)}/pack`, input),
    label: (storeId: string, id: string, input: { carrier?: string; service?: string } = {}) =>
      call<Fulfillment>('POST', `${pkg(storeId, id)}/label`, input),
    ship: (storeId: string, id: string, input: { trackingNumber?: string; carrier?: string } = {}) =>
      call<Fulfillment>('POST', `${pkg(storeId, id)}/ship`, input),
    deliver: (storeId: string, id: string) => call<Fulfillment>('POST', `${pkg(storeId, id)}/deliver`),
    /** One package (the warehouse screen). */
    get: (storeId: string, id: string) => call<Fulfillment>('GET', pkg(storeId, id)),
    locationQueue: (locationId: string) =>
      call<List<Fulfillment & { orderNumber: string }>>(
        'GET',
        `/api/inventory/locations/${locationId}/fulfillment-queue`,
      ),
    pickList: (locationId: string) =>
      call<PickList>('GET', `/api/inventory/locations/${locationId}/pick-lists`),
    setBins: (locationId: string, assignments: Array<{ sku?: string; variantId?: string; bin: string }>) =>
      call<{ updated: number }>('PUT', `/api/inventory/locations/${locationId}/bins`, { assignments }),
    /** Sends the order confirmation (or, once shipped, the shipment email) to the customer again. */
    resendEmail: (storeId: string, orderId: string, input: ResendOrderEmailInput) =>
      call<ResentOrderEmail>('POST', `${order(storeId, orderId)}/emails`, input),
    returns: {
      /** Newest first; `query` filters and pages, e.g. `?orderId=…` or `?status=APPROVED&offset=20`. */
      list: (storeId: string, query = '') =>
        call<List<StaffReturnListed>>('GET', `/api/stores/${storeId}/returns${query}`),
      get: (storeId: string, id: string) => call<StaffReturn>('GET', `/api/stores/${storeId}/returns/${id}`),
      open: (storeId: string, orderId: string, input: OpenReturnInput) =>
        call<StaffReturn>('POST', `${order(storeId, orderId)}/returns`, input),
      approve: (storeId: string, id: string, note?: string) =>
        call<StaffReturn>('POST', `/api/stores/${storeId}/returns/${id}/approve`, note ? { note } : {}),
      reject: (storeId: string, id: string, note?: string) =>
        call<StaffReturn>('POST', `/api/stores/${storeId}/returns/${id}/reject`, { note }),
      receive: (storeId: string, id: string, input: ReceiveReturnInput = {}) =>
        call<StaffReturn>('POST', `/api/stores/${storeId}/returns/${id}/receive`, input),
      refund: (storeId: string, id: string) =>
        call<StaffReturn>('POST', `/api/stores/${storeId}/returns/${id}/refund`),
      exchange: (storeId: string, id: string) =>
        call<PlacedExchange>('POST', `/api/stores/${storeId}/returns/${id}/exchange`),
    },
  };
};

/** Shopper side: tracking and returns from the tracking page (email) or the account (token). */
export const trackingApi = (call: Call) => {
  const sf = (domain: string) => `/api/storefront/${encodeURIComponent(domain)}`;
  return {
    track: (domain: string, orderNumber: string, email: string) =>
      call<Tracking>(
        'GET',
        `${sf(domain)}/orders/${encodeURIComponent(orderNumber)}/tracking?email=${encodeURIComponent(email)}`,
      ),
    requestReturn: (
      domain: string,
      orderNumber: string,
      email: string,
      input: { items: Lines; kind?: 'RETURN' | 'EXCHANGE'; reason?: string },
    ) =>
      call<OrderReturn>(
        'POST',
        `${sf(domain)}/orders/${encodeURIComponent(orderNumber)}/returns?email=${encodeURIComponent(email)}`,
        input,
      ),
    /** The order's returns, for the tracking page (the order's email must match). */
    returns: (domain: string, orderNumber: string, email: string) =>
      call<List<OrderReturn>>(
        'GET',
        `${sf(domain)}/orders/${encodeURIComponent(orderNumber)}/returns?email=${encodeURIComponent(email)}`,
      ),
    myOrders: (domain: string) => call<List<Record<string, unknown>>>('GET', `${sf(domain)}/account/orders`),
    /** The signed-in shopper's returns across their orders (pass the token to `as`). */
    myReturns: (domain: string, query = '') =>
      call<List<ShopperReturn>>('GET', `${sf(domain)}/account/returns${query}`),
    /** Ask to return lines of one of my orders (signed in; no email needed). */
    requestMyReturn: (
      domain: string,
      orderNumber: string,
      input: {
        items: Array<Lines[number] & { reason?: string }>;
        kind?: 'RETURN' | 'EXCHANGE';
        note?: string;
      },
    ) =>
      call<OrderReturn>(
        'POST',
        `${sf(domain)}/account/orders/${encodeURIComponent(orderNumber)}/returns`,
        input,
      ),
  };
};
