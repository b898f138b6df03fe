/**
 * The API's address as the shopper's browser reaches it (`PUBLIC_API_URL`, else `API_URL`): the
 * test gateway's card fields are framed from it (the one frame origin the CSP allows) and download
 * links point at it.
 */
export function publicApiUrl(): string {
  return (process.env.PUBLIC_API_URL ?? process.env.API_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '');
}

export function gatewayOrigin(): string {
  try {
    return new URL(publicApiUrl()).origin;
  } catch {
    return "'none'";
  }
}

/** The card fields' address for a shop page on `shopOrigin`, in the shop's accent colour. */
export function cardFieldsUrl(shopOrigin: string, accent: string): string {
  const query = new URLSearchParams({ origin: shopOrigin, accent });
  return `${publicApiUrl()}/api/payments/test/card-fields?${query}`;
}
