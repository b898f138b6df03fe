// The session against an API with very short token lifetimes: an expired access token is renewed
// silently (rotating refresh); once the refresh token is gone too, a half-filled form survives the
// "session expired" dialog and its submission goes through after signing in again; sign out.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { VentoryClient } from '@ventory/sdk';
import { type Browser, chromium } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/server.ts';
import { type Admin, axe, CHROMIUM, CHROMIUM_ARGS, signIn, startAdmin, suffix } from './harness.ts';

let api: TestServer;
let admin: Admin;
let browser: Browser;
const email = `owner-${suffix()}@example.test`;
const password = 'long-enough-password';
let owner: VentoryClient;

before(async () => {
  api = await startTestServer({ accessTokenTtlSeconds: 2, refreshTokenTtlSeconds: 6 });
  admin = await startAdmin(api.url);
  const session = await new VentoryClient({ baseUrl: api.url }).auth.signup({
    tenantName: 'Session Test',
    email,
    password,
  });
  owner = new VentoryClient({ baseUrl: api.url, token: session.accessToken });
  await owner.stores.create({ name: 'Session Shop', domain: `session-${suffix()}.localhost` });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await admin?.stop();
  await api?.close();
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('expired access token: renewed silently; expired session: the form survives re-sign-in', async () => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, admin.url('/products'), email, password);
  await wait(3000); // the access token has expired; the refresh token has not
  // A client-side navigation: its API call meets a 401, the page rotates the refresh token and retries.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('heading', { name: 'Customers' }).waitFor();
  await page.getByText('No customers yet.').waitFor();
  assert.equal(await page.getByRole('dialog').count(), 0, 'no sign-in prompt while the refresh token lives');

  await page.goto(admin.url('/products/new'));
  await page.getByLabel('Name', { exact: true }).fill('Half-filled Lamp');
  await page.getByLabel('SKU', { exact: true }).fill(`LAMP-${suffix()}`);
  await page.getByLabel('Price').fill('30.00');
  await wait(7000); // now the refresh token has expired as well
  await page.getByRole('button', { name: 'Create product' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your session expired' });
  await dialog.waitFor();
  await axe(page);
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Half-filled Lamp');
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Password').fill(password);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  // The waiting request went through: the product exists and its page opened.
  await page.getByRole('heading', { name: 'Half-filled Lamp' }).waitFor();
  const session = await owner.auth.login({ email, password });
  const found = await owner.as(session.accessToken).inventory.products.list('?q=Half-filled');
  assert.equal(found.total, 1);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Ventory Admin' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Sign in to Ventory Admin' }).waitFor();
});
