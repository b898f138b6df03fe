import { apiUrl } from './api/api-url';

export type BehaviourEvent = {
  type: 'page_view' | 'product_view' | 'add_to_cart' | 'search' | 'checkout_started' | 'checkout_completed';
  listingId?: string;
  path?: string;
  query?: string;
  value?: string;
};

/**
 * Sends a consenting session's behaviour events to the API. Measuring must never break or slow
 * shopping: callers do not wait for it (`after()`, `waitUntil`), and a failure is only logged.
 */
export async function sendEvents(
  domain: string,
  sessionId: string,
  events: BehaviourEvent[],
  shopperIp?: string,
): Promise<void> {
  if (events.length === 0) return;
  try {
    const res = await fetch(`${apiUrl()}/api/storefront/${encodeURIComponent(domain)}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(shopperIp ? { 'x-forwarded-for': shopperIp } : {}) },
      body: JSON.stringify({ events: events.map((e) => ({ ...e, sessionId })) }),
      cache: 'no-store',
    });
    if (!res.ok) console.error(`analytics events not recorded: ${res.status}`);
  } catch (error) {
    console.error('analytics events not recorded', error);
  }
}
