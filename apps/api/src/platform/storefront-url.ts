/**
 * A shopper-facing address in a store: `STOREFRONT_URL` with `{domain}` filled in (`https://{domain}`
 * unless set; `npm start` uses `http://{domain}:3000`), then `path`. Email links are built with it.
 */
export function storefrontLink(template: string, domain: string, path: string): string {
  return `${template.replace('{domain}', domain).replace(/\/+$/, '')}${path}`;
}
