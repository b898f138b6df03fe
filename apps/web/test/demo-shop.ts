// What the demo-store browser tests do as the shopper and as the demo owner: find the store, sign
// in as its owner, read the link of an email the store sent, register, search and add to cart.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import type { DEMO_TENANTS } from '../../api/src/seed/demo.ts';
import { type Stack, until } from './harness.ts';

export type Demo = (typeof DEMO_TENANTS)[number];

/** Submits a form by its button and waits for the redirect it answers with. */
export async function submit(page: Page, name: string, to: RegExp) {
  const from = page.url();
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForURL((u) => to.test(u.href) && u.href !== from);
}

/** Fills the inputs named by `fields` (the checkout's address form). */
export async function fillFields(page: Page, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) await page.fill(`input[name="${name}"]`, value);
}

export function demoShop(stack: Stack) {
  const domainOf = (demo: Demo) => `${demo.store.handle}.${stack.api.config.platformDomain}`;
  /** The demo owner signed in to the API, and their store's id. */
  async function owner(demo: Demo) {
    const session = await stack.admin.auth.login({ email: demo.email, password: demo.password });
    const staff = stack.admin.as(session.accessToken);
    const stores = await staff.call<{ data: Array<{ id: string; domain: string }> }>('GET', '/api/stores');
    const store = stores.data.find((s) => s.domain === domainOf(demo));
    assert.ok(store, 'the demo store belongs to its owner');
    return { staff, storeId: store.id };
  }

  /** The newest email of `template` to `to` that was actually sent (or logged), and the link named `name` in it. */
  async function emailLink(template: string, to: string, name: RegExp): Promise<URL> {
    const html = await until(async () => {
      const { rows } = await stack.api.platform.db.withPlatform((tx) =>
        sql<{ html: string }>`select html from email_messages where template = ${template}
          and to_email = ${to} and status <> 'SKIPPED' order by created_at desc limit 1`.execute(tx),
      );
      return rows[0]?.html;
    }, `the ${template} email`);
    const links = [...html.replace(/&#38;|&amp;/g, '&').matchAll(/href="([^"]+)"[^>]*>([^<]*)</g)];
    const href = links.find((l) => name.test(l[2] ?? ''))?.[1];
    assert.ok(href, `the ${template} email has a "${name.source}" link`);
    return new URL(href);
  }

  /** Registers in the browser: the shop's own form, then the account overview. */
  async function register(page: Page, domain: string, who: { first: string; email: string }) {
    await page.goto(stack.web.url(domain, '/account/register'));
    await page.fill('input[name="firstName"]', who.first);
    await page.fill('input[name="lastName"]', 'Demo');
    await page.fill('input[name="email"]', who.email);
    await page.fill('input[name="password"]', 'a-long-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/account$/);
  }

  /** Finds a product through the shop's search and adds it to the cart. */
  async function addFromSearch(page: Page, domain: string, query: string, title: RegExp): Promise<string> {
    await page.goto(stack.web.url(domain, `/search?q=${encodeURIComponent(query)}`));
    await page.getByRole('link', { name: title }).first().click();
    await page.waitForURL(/\/p\//);
    const path = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL(/\/cart/);
    return path;
  }

  return { domainOf, owner, emailLink, register, addFromSearch };
}
