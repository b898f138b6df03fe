// Content (CMS pages and blog posts) in a real browser against the real API, database and
// storefront: a page written in the rich-text editor with an uploaded image and scheduled a few
// seconds ahead is "not found" on the storefront until then and shown after; its slug changed in
// the editor, the old address answers a permanent redirect (308) to the new one (a blog post's
// old address too). A slug another page has shows the API's error beside the field. Axe on every
// screen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import { type Browser, chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import {
  type Admin,
  axe,
  CHROMIUM,
  CHROMIUM_ARGS,
  request,
  type Stack,
  shot,
  signIn,
  startAdmin,
  startStack,
  suffix,
  until,
} from './harness.ts';

let stack: Stack;
let admin: Admin;
let browser: Browser;
let owner: VentoryClient;
let page: Page;
const password = 'long-enough-password';
const email = `owner-${suffix()}@example.test`;
const domain = `content-${suffix()}.localhost`;
let storeId = '';

before(async () => {
  stack = await startStack();
  admin = await startAdmin(stack.api.url);
  const session = await stack.admin.auth.signup({ tenantName: 'Content Test Merchant', email, password });
  owner = stack.admin.as(session.accessToken);
  storeId = (await owner.stores.create({ name: 'Juniper Supply', domain })).id;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await signIn(page, admin.url(`/content?store=${storeId}`), email, password);
});

after(async () => {
  await browser?.close();
  await admin?.stop();
  await stack?.stop();
});

/** Desktop and phone screenshots of the screen as it is now. */
async function shots(name: string) {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await shot(page, `${name}-desktop`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `${name}-phone`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** The storefront's answer for a path of the store (redirects not followed). */
const shop = (path: string) => request(stack.web.port, domain, path);

/** A `datetime-local` value (to the second) `seconds` from now, in the browser's time zone. */
const localIn = (seconds: number) =>
  page.evaluate((s) => {
    const d = new Date(Date.now() + s * 1000);
    return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
  }, seconds);

/** Writes the body: a heading, a paragraph, and an uploaded image with its alt text. */
async function writeBody() {
  const body = page.getByRole('textbox', { name: 'Content' });
  await body.click();
  await page.getByRole('button', { name: 'Heading', exact: true }).click();
  await page.keyboard.type('Spring, in linen');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Our spring pieces are cut from stonewashed linen.');
  await page.keyboard.press('Enter');
  const png = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#2f6f4f' } })
    .png()
    .toBuffer();
  await page.getByLabel('Image description (alt text)').fill('Linen apron on a hook');
  await page
    .getByLabel('Insert image')
    .setInputFiles({ name: 'apron.png', mimeType: 'image/png', buffer: png });
  await page.getByText('Image inserted.').waitFor();
  await body.locator('img[alt="Linen apron on a hook"]').waitFor();
}

describe('admin content', () => {
  test('a page with an image, scheduled: not found until its time, then shown', async () => {
    await page.getByRole('heading', { name: 'Pages', level: 1 }).waitFor();
    await page.getByText('Juniper Supply has no pages yet.').waitFor();
    await axe(page);
    await page.getByRole('link', { name: 'New page' }).click();
    await page.getByRole('heading', { name: 'New page', level: 1 }).waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Spring lookbook');
    await writeBody();
    await page.getByLabel('Excerpt').fill('Linen for the warm months.');
    await page
      .getByLabel('SEO title')
      .fill('Spring lookbook: linen aprons, towels and more from Juniper Supply');
    const snippet = page.getByTestId('snippet');
    await snippet.getByText('Spring lookbook: linen aprons, towels and more from…').waitFor();
    await snippet.getByText('Linen for the warm months.').waitFor();
    await page.getByLabel('Scheduled: goes live at a date and time').check();
    await page.getByLabel('Goes live at', { exact: true }).fill(await localIn(25));
    await axe(page);
    await page.getByRole('button', { name: 'Create page' }).click();
    await page.waitForURL(/\/content\/pages\/[0-9a-f-]{36}\?store=/);
    // Created: the editor moves to the page's address, says when it goes live.
    await page.getByRole('heading', { name: 'Spring lookbook', level: 1 }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^Scheduled for / })
      .waitFor();
    await snippet.getByText(`https://${domain}/pages/spring-lookbook`).waitFor();
    const saved = (await owner.catalog.pages.list(storeId)).data[0];
    assert.equal(saved?.slug, 'spring-lookbook');
    assert.match(saved?.content ?? '', /<h2>Spring, in linen<\/h2>/);
    assert.match(saved?.content ?? '', /<img src="\/api\/media\/uploads\/[^"]+" alt="Linen apron on a hook"/);
    await axe(page);
    await shots('content-editor');

    assert.equal((await shop('/pages/spring-lookbook')).status, 404, 'scheduled: not found yet');
    const live = await until(
      async () => {
        const res = await shop('/pages/spring-lookbook');
        return res.status === 200 ? res : null;
      },
      'the scheduled page is shown once its time has come',
      60_000,
    );
    assert.match(live.body, /Our spring pieces are cut from stonewashed linen\./);
    const img = /<img src="(\/api\/media\/uploads\/[^"]+)" alt="Linen apron on a hook"/.exec(live.body);
    assert.ok(img?.[1], 'the image is in the page');
    const file = await shop(img[1]);
    assert.equal(file.status, 200, 'the image is served on the shop host');
  });

  test('a changed slug: the old address redirects (308) to the new one', async () => {
    await page.getByLabel('URL slug').fill('spring-looks');
    await page.getByLabel('Published now').check();
    await page.getByRole('button', { name: 'Save page' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved\. Published / })
      .waitFor();
    const preview = page.getByRole('link', { name: /^Preview/ });
    assert.equal(await preview.getAttribute('href'), `https://${domain}/pages/spring-looks`);
    const moved = await until(async () => {
      const res = await shop('/pages/spring-lookbook');
      return res.status === 308 ? res : null;
    }, 'the old slug redirects permanently');
    assert.equal(new URL(moved.headers.location ?? '', 'http://x').pathname, '/pages/spring-looks');
    assert.equal((await shop('/pages/spring-looks')).status, 200);
    // Blog posts too (renamed through the API here; the editor is the same).
    const post = await owner.catalog.blogPosts.create(storeId, { title: 'Linen care', isPublished: true });
    await owner.catalog.blogPosts.update(storeId, post.id, { slug: 'caring-for-linen' });
    const movedPost = await until(async () => {
      const res = await shop('/blog/linen-care');
      return res.status === 308 ? res : null;
    }, 'the old post slug redirects permanently');
    assert.equal(new URL(movedPost.headers.location ?? '', 'http://x').pathname, '/blog/caring-for-linen');

    // A slug another page has: the API's error beside the field, nothing saved.
    await owner.catalog.pages.create(storeId, { title: 'About us', isPublished: true });
    await page.getByLabel('URL slug').fill('about-us');
    await page.getByRole('button', { name: 'Save page' }).click();
    await page.getByText('is already used by another page').waitFor();
    assert.equal(await page.getByLabel('URL slug').getAttribute('aria-invalid'), 'true');
    await axe(page);
  });

  test('the lists: pages with their visibility, blog posts; g e opens Content', async () => {
    await page.getByRole('navigation', { name: 'Content' }).getByRole('link', { name: 'Pages' }).click();
    await page.getByRole('heading', { name: 'Pages', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Edit Spring lookbook' }).waitFor();
    await page.getByRole('link', { name: 'Edit About us' }).waitFor();
    await page.getByText('/pages/spring-looks').waitFor();
    await axe(page);
    await page.getByRole('navigation', { name: 'Content' }).getByRole('link', { name: 'Blog posts' }).click();
    await page.getByRole('heading', { name: 'Blog posts', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Edit Linen care' }).waitFor();
    await page.getByText('/blog/caring-for-linen').waitFor();
    await axe(page);
    await page.getByRole('link', { name: 'New blog post' }).click();
    await page.getByRole('heading', { name: 'New blog post', level: 1 }).waitFor();
    await page.getByLabel('Author').waitFor();
    await axe(page);

    await page.goto(admin.url(`/?store=${storeId}`));
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('e');
    await page.waitForURL(/\/content/);
    await page.getByRole('heading', { name: 'Pages', level: 1 }).waitFor();
  });
});
