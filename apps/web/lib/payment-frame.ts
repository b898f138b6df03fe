/**
 * Where the test gateway's hosted card fields are served: the API's address as the shopper's
 * browser reaches it (`PUBLIC_API_URL`, else `API_URL`). Its origin is the one frame the CSP allows.
 */
export function gatewayBaseUrl(): string {
  return (process.env.PUBLIC_API_URL ?? process.env.API_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '');
}

export function gatewayOrigin(): string {
  try {
    return new URL(gatewayBaseUrl()).origin;
  } catch {
    return "'none'";
  }
}

/** The card fields' address for a shop page on `shopOrigin`, in the shop's accent colour. */
export function cardFieldsUrl(shopOrigin: string, accent: string): string {
  const query = new URLSearchParams({ origin: shopOrigin, accent });
  return `${gatewayBaseUrl()}/api/payments/test/card-fields?${query}`;
}
