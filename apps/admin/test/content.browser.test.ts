// Content (CMS pages and blog posts) in a real browser against the real API, database and
// storefront: a page written in the rich-text editor with an uploaded image and scheduled a few
// seconds ahead is "not found" on the storefront until then and shown after; its slug changed in
// the editor, the old address answers a permanent redirect (308) to the new one (a blog post's
// old address too). A slug another page has shows the API's error beside the field. The header
// menu edited in Content → Navigation is the storefront's header; a canonical URL set in the SEO
// section is in the page's head; a draft's Preview link opens it, its address alone does not.
// Axe on every screen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import {
  type Admin,
  axe,
  type Merchant,
  request,
  type Stack,
  screenshots,
  startMerchant,
  suffix,
  until,
} from './harness.ts';

let merchant: Merchant;
let stack: Stack;
let admin: Admin;
let owner: VentoryClient;
let page: Page;
const password = 'long-enough-password';
const email = `owner-${suffix()}@example.test`;
const domain = `content-${suffix()}.localhost`;
let storeId = '';

before(async () => {
  merchant = await startMerchant('Content Test Merchant', { email, password });
  ({ stack, admin, owner } = merchant);
  storeId = (await owner.stores.create({ name: 'Juniper Supply', domain })).id;
  page = await merchant.signedIn(`/content?store=${storeId}`);
});

after(async () => {
  await merchant?.stop();
});

const shots = (name: string) => screenshots(page, name, { resetFocus: true, desktop: `${name}-desktop` });

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
  // The editor takes the focus back from the toolbar in a later frame (TipTap's `focus()`): a key
  // typed before that lands on the button and is lost.
  await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true');
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

  test('header menu, canonical URL and a draft preview reach the storefront', async () => {
    // Navigation: two items (one a web address, one linking to a page), reordered, saved.
    await page.goto(admin.url(`/content/navigation?store=${storeId}`));
    await page.getByRole('heading', { name: 'Navigation', level: 1 }).waitFor();
    await page.getByText('No items: the storefront shows its default links').waitFor();
    await axe(page);
    await page.getByRole('button', { name: '+ Add item' }).click();
    const first = page.getByRole('group', { name: /^Item 1 of / });
    await first.getByLabel('Label').fill('Lookbook');
    await first.getByLabel('URL').fill('javascript:alert(1)');
    await page.getByRole('button', { name: '+ Add item' }).click();
    const second = page.getByRole('group', { name: /^Item 2 of / });
    await second.getByLabel('Label').fill('About');
    await second.getByLabel('Links to').selectOption('page');
    await second.getByLabel('Page', { exact: true }).selectOption({ label: 'About us' });
    await page.getByRole('button', { name: 'Save header menu' }).click();
    // The API's error beside the field; nothing saved.
    await first.getByText('must be a path starting with / or an http(s) URL').waitFor();
    assert.equal(await first.getByLabel('URL').getAttribute('aria-invalid'), 'true');
    await first.getByLabel('URL').fill('/pages/spring-looks');
    await page.getByRole('button', { name: 'Add a sub-item under Lookbook' }).click();
    const sub = page.getByRole('group', { name: 'Sub-item 1 of 1' });
    await sub.getByLabel('Label').fill('Care guide');
    await sub.getByLabel('URL').fill('/blog/caring-for-linen');
    await page.getByRole('button', { name: 'Move About up' }).click();
    await page.getByRole('status').filter({ hasText: 'Moved About to position 1 of 2.' }).waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'Move About up',
      'focus stays on the moved item',
    );
    await page.getByRole('button', { name: 'Save header menu' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved. The storefront shows the header menu.' })
      .waitFor();
    await axe(page);
    await shots('content-navigation');
    const header = await until(async () => {
      const res = await shop('/');
      const nav = /<nav aria-label="Main"[\s\S]*?<\/nav>/.exec(res.body)?.[0];
      return nav?.includes('Lookbook') ? nav : null;
    }, 'the storefront header shows the menu');
    assert.ok(header.indexOf('href="/pages/about-us"') < header.indexOf('href="/pages/spring-looks"'));
    assert.match(header, /class="nav-sub"><li><a href="\/blog\/caring-for-linen">Care guide<\/a>/);

    // Canonical URL in the SEO section → the page's head.
    await page.goto(admin.url(`/content?store=${storeId}`));
    await page.getByRole('link', { name: 'Edit Spring lookbook' }).click();
    await page.getByLabel('Canonical URL').fill('https://journal.example.com/spring');
    // The Link tool: an unsafe address is refused beside the field; a good one is linked.
    await page.getByRole('textbox', { name: 'Content' }).click();
    await page.keyboard.press('Control+End');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await page.getByLabel('Link address').fill('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await page.getByText('Use an https:// address, a path such as /pages/about').waitFor();
    await page.getByLabel('Link address').fill('https://example.com/linen-care');
    await page.getByRole('button', { name: 'Apply link' }).click();
    await page
      .getByRole('textbox', { name: 'Content' })
      .locator('a[href="https://example.com/linen-care"]')
      .waitFor();
    await axe(page);
    await page.getByRole('button', { name: 'Save page' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved\. / })
      .waitFor();
    await until(async () => {
      const res = await shop('/pages/spring-looks');
      const canonical = /<link rel="canonical" href="https:\/\/journal\.example\.com\/spring"/.test(res.body);
      return (canonical && res.body.includes('href="https://example.com/linen-care"')) || null;
    }, 'the canonical link is in the head, the new link in the body');

    // A draft: its Preview link (signed) opens it; its address alone is not found.
    const draft = await owner.catalog.pages.create(storeId, {
      title: 'Summer plans',
      content: '<p>Secret</p>',
    });
    await page.goto(admin.url(`/content/pages/${draft.id}?store=${storeId}`));
    await page.getByLabel('Draft: not on the storefront').waitFor();
    const href = await page.getByRole('link', { name: /^Preview/ }).getAttribute('href');
    const url = new URL(href ?? '');
    assert.equal(url.pathname, '/pages/summer-plans');
    assert.ok(url.searchParams.get('draft'), 'the link carries the token');
    const shown = await shop(`${url.pathname}${url.search}`);
    assert.equal(shown.status, 200);
    assert.match(shown.body, /Preview of an unpublished /);
    assert.match(shown.body, /Secret/);
    assert.equal((await shop('/pages/summer-plans')).status, 404);
    assert.equal((await shop('/pages/summer-plans?draft=forged')).status, 404);
  });
});
