// Integrations and the audit log in a real browser against the real API: a webhook endpoint added
// in the admin receives a signed delivery (checked the documented way: HMAC-SHA256 of "t.body")
// at a local receiver when the store changes, the first attempt fails and "Retry now" delivers it;
// an API key created in the admin works on the API and is refused (401) once revoked there; the
// audit log shows both and filters by URL; STAFF get an explanation. Axe on every screen.
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import type { Browser, Page } from 'playwright-core';
import {
  type Admin,
  axe,
  type Merchant,
  type Stack,
  screenshots,
  signIn,
  startMerchant,
  suffix,
  until,
} from './harness.ts';

let merchant: Merchant;
let stack: Stack;
let admin: Admin;
let browser: Browser;
let owner: VentoryClient;
let page: Page;
let storeId = '';
const password = 'long-enough-password';
const email = `owner-${suffix()}@example.test`;

/** What the local receiver got: headers and the raw body, as the signature covers it. */
type Hit = { signature: string; topic: string; body: string };
const hits: Hit[] = [];
// The first request is answered 500 so the admin's retry has something to do; then 200.
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    hits.push({
      signature: String(req.headers['ventory-signature'] ?? ''),
      topic: String(req.headers['ventory-event'] ?? ''),
      body: Buffer.concat(chunks).toString('utf8'),
    });
    res.statusCode = hits.length === 1 ? 500 : 200;
    res.end();
  });
});
let receiverUrl = '';

/** The receiver's side of the documented scheme: `t=<s>,v1=<hex HMAC-SHA256("<t>.<body>")>`. */
function verify(secret: string, body: string, header: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  if (!parts.t || !parts.v1 || Math.abs(Date.now() / 1000 - Number(parts.t)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

before(async () => {
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  merchant = await startMerchant('Integrations Merchant', { email, password });
  ({ stack, admin, owner, browser } = merchant);
  storeId = (await owner.stores.create({ name: 'Heron Goods', domain: `integ-${suffix()}.localhost` })).id;
  page = await merchant.signedIn(`/settings/integrations?store=${storeId}`);
});

after(async () => {
  await merchant?.stop();
  receiver.close();
});

const shots = (name: string) => screenshots(page, name);

let keyName = '';

describe('integrations', { timeout: 240_000 }, () => {
  test('a webhook added in the admin gets a signed delivery; a failed one is retried from the log', async () => {
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor();
    await page.getByText('No webhook endpoints yet.').waitFor();
    await axe(page);
    const form = page.getByRole('form', { name: 'Add an endpoint' });
    // The API's answer for a scheme it does not send to shows beside the field.
    await form.getByLabel('Endpoint URL').fill('ftp://example.test/x');
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await form.getByText('must be an http(s) URL').waitFor();
    await form.getByLabel('Endpoint URL').fill(receiverUrl);
    await form.getByLabel('Description').fill('Warehouse sync');
    await form.getByRole('checkbox', { name: 'store.updated' }).check();
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = await page.getByLabel('Signing secret').inputValue();
    assert.match(secret, /^whsec_/);
    const item = page.getByRole('listitem', { name: receiverUrl });
    await item.getByText('store.updated · Warehouse sync').waitFor();
    await axe(page);

    // An event happens: the store is renamed through the API.
    await owner.stores.update(storeId, { name: 'Heron Goods & Co' });
    const first = await until(() => hits[0], 'the first delivery', 20_000);
    assert.equal(first.topic, 'store.updated');
    assert.ok(verify(secret, first.body, first.signature), 'the signature verifies with the secret');
    assert.ok(!verify(`${secret}x`, first.body, first.signature), 'and not with another secret');
    const event = JSON.parse(first.body);
    assert.equal(event.type, 'store.updated');
    assert.equal(event.data.storeId, storeId);

    // The log shows the failed attempt (HTTP 500); "Retry now" sends it again at once (the
    // scheduled retry would wait 30 s).
    await item.getByRole('button', { name: `Deliveries of ${receiverUrl}` }).click();
    const log = item.getByRole('table', { name: `Deliveries of ${receiverUrl}` });
    await log.getByRole('cell', { name: '500', exact: true }).waitFor();
    await shots('integrations-deliveries');
    const retried = Date.now();
    await log.getByRole('button', { name: 'Retry now: store.updated delivery' }).click();
    await log.getByText('Delivered').waitFor({ timeout: 15_000 });
    assert.ok(Date.now() - retried < 25_000);
    assert.equal(hits.length, 2);
    const second = hits[1] as Hit;
    assert.ok(verify(secret, second.body, second.signature));
    await log.getByRole('cell', { name: '200', exact: true }).waitFor();
    await log.getByRole('cell', { name: '2', exact: true }).waitFor();
    await axe(page);

    // Disable asks first; a disabled endpoint gets nothing.
    await item.getByRole('button', { name: `Disable ${receiverUrl}` }).click();
    await page
      .getByRole('dialog', { name: `Disable ${receiverUrl}?` })
      .getByRole('button', { name: 'Disable' })
      .click();
    await item.getByText('Disabled', { exact: true }).waitFor();
    await owner.stores.update(storeId, { name: 'Heron Goods' });
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(hits.length, 2);
    await item.getByRole('button', { name: `Enable ${receiverUrl}` }).click();
    await item.getByText('Enabled', { exact: true }).waitFor();
  });

  test('an API key made in the admin works on the API and is refused once revoked', async () => {
    keyName = `Sync script ${suffix()}`;
    const form = page.getByRole('form', { name: 'Create an API key' });
    await form.getByLabel('Key name').fill(keyName);
    await form.getByRole('button', { name: 'Create API key' }).click();
    await form
      .locator('.field-error')
      .getByText(/>=1|at least|too small/i)
      .waitFor(); // no scope chosen
    await form.getByRole('checkbox', { name: 'Products and stock' }).check();
    await form.getByRole('button', { name: 'Create API key' }).click();
    const key = await page.getByLabel('API key', { exact: true }).inputValue();
    assert.match(key, /^vk_live_/);
    await page.getByRole('button', { name: 'Copy the API key' }).waitFor();
    await axe(page);
    await shots('integrations');

    const withKey = await stack.admin.raw('GET', '/api/inventory/products', undefined, { token: key });
    assert.equal(withKey.status, 200);
    const created = await stack.admin.raw(
      'POST',
      '/api/inventory/products',
      { sku: `KEY-${suffix()}`, name: 'Made by a key', price: '5.00' },
      { token: key },
    );
    assert.equal(created.status, 201);
    await page.getByRole('button', { name: 'I have saved the API key' }).click();
    assert.equal(await page.getByLabel('API key', { exact: true }).count(), 0, 'the key is not shown again');

    await page.getByRole('button', { name: `Revoke ${keyName}` }).click();
    const confirm = page.getByRole('dialog', { name: `Revoke ${keyName}?` });
    await confirm.getByText('will stop working').waitFor();
    await axe(page);
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await page
      .getByRole('table', { name: 'API keys' })
      .getByText(/^Revoked/)
      .waitFor();
    const refused = await stack.admin.raw('GET', '/api/inventory/products', undefined, { token: key });
    assert.equal(refused.status, 401);
  });

  test('the audit log shows the key created and revoked, filtered in the URL', async () => {
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    const table = page.getByRole('table', { name: 'Audit log, newest first' });
    await table.getByText('Revoke an API key').waitFor();
    await table.getByText('Create an API key (the secret is shown once)').waitFor();
    // The key's own write is recorded against the key.
    await table.getByText(`API key ${keyName}`).first().waitFor();
    await axe(page);
    await shots('audit');

    await page.getByLabel('Action').selectOption('DELETE');
    await until(() => new URL(page.url()).searchParams.get('method') === 'DELETE', 'method in the URL');
    await table.getByText('Revoke an API key').waitFor();
    await until(
      async () => (await table.getByText('Create an API key (the secret is shown once)').count()) === 0,
      'POSTs hidden',
    );
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await page.getByLabel('Day').fill(day);
    await until(() => new URL(page.url()).searchParams.get('date') === day, 'date in the URL');
    await table.getByText('Revoke an API key').waitFor();
    // The filters survive a reload (they live in the URL).
    await page.reload();
    await page
      .getByRole('table', { name: 'Audit log, newest first' })
      .getByText('Revoke an API key')
      .waitFor();
    assert.equal(await page.getByLabel('Action').inputValue(), 'DELETE');
    await page.getByLabel('Day').fill('2001-01-01');
    await page.getByText('Nothing recorded for these filters.').waitFor();
    await axe(page);
  });

  test('STAFF get an explanation, and the API refuses them', async () => {
    const staffEmail = `staff-${suffix()}@example.test`;
    await owner.users.create({ email: staffEmail, password, role: 'STAFF' });
    const staff = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(staff, admin.url(`/settings/integrations?store=${storeId}`), staffEmail, password);
    await staff.getByText('Only owners and admins manage webhooks and API keys').waitFor();
    assert.equal(await staff.getByRole('form', { name: 'Create an API key' }).count(), 0);
    await axe(staff);
    await staff.goto(admin.url(`/settings/audit?store=${storeId}`));
    await staff.getByText('Only owners and admins read the audit log.').waitFor();
    await axe(staff);
    const session = await stack.admin.auth.login({ email: staffEmail, password });
    const keys = await stack.admin.raw('GET', '/api/api-keys', undefined, { token: session.accessToken });
    assert.equal(keys.status, 403);
    await staff.context().close();
  });
});
