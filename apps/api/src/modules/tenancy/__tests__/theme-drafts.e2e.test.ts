// The design editor's draft: saved without touching what shoppers read, previewed only with a
// signed token scoped to one store, published (theme + store colours go live) or discarded.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ThemeDraft } from '@ventory/sdk';
import { addMember, anonymous, newMerchant, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function merchantWithTheme() {
  const m = await newMerchantWithStore(server, 'Design');
  const themes = await m.client.stores.themes.list(m.store.id);
  const theme = themes.data.find((t) => t.isActive);
  assert.ok(theme, 'a new store has an active theme');
  return { ...m, themeId: theme.id };
}

const previewRaw = (domain: string, token: string) =>
  anonymous(server).raw('GET', `/api/storefront/${domain}/preview`, undefined, {
    headers: { 'x-ventory-preview': token },
  });

describe('theme drafts', () => {
  test('a saved draft changes nothing shoppers see; the preview token shows it; publish makes it live', async () => {
    const { client, store, themeId } = await merchantWithTheme();
    const saved = await client.stores.themes.saveDraft(store.id, themeId, {
      homeLayout: 'editorial',
      primaryColor: '#aa3300',
      customCSS: '.hero{letter-spacing:1px}',
    });
    assert.equal(saved.hasDraft, true);
    assert.equal(saved.draft.homeLayout, 'editorial');
    assert.equal(saved.live.homeLayout, 'classic');
    // A second edit merges with the first.
    const again = await client.stores.themes.saveDraft(store.id, themeId, { headerLayout: 'bold' });
    assert.equal(again.draft.homeLayout, 'editorial');
    assert.equal(again.draft.headerLayout, 'bold');

    const live = await anonymous(server).storefront.settings(store.domain);
    assert.equal(live.theme?.homeLayout, 'classic');
    assert.equal(live.primaryColor, null);
    assert.equal(live.theme?.customCSS, null);

    const { token, url, expiresAt } = await client.stores.themes.previewToken(store.id, themeId);
    assert.match(url, new RegExp(`${store.domain}.*\\?preview=`));
    const ttl = new Date(expiresAt).getTime() - Date.now();
    assert.ok(ttl > 0 && ttl <= 30 * 60_000, 'short-lived');
    const preview = await anonymous(server).storefront.preview(store.domain, token);
    assert.equal(preview.theme?.homeLayout, 'editorial');
    assert.equal(preview.theme?.headerLayout, 'bold');
    assert.equal(preview.primaryColor, '#aa3300');
    assert.equal(preview.theme?.customCSS, '.hero{letter-spacing:1px}');
    const raw = await previewRaw(store.domain, token);
    assert.equal(raw.headers.get('cache-control'), 'private, no-store');

    const published = await client.stores.themes.publish(store.id, themeId);
    assert.equal(published.hasDraft, false);
    assert.equal(published.live.homeLayout, 'editorial');
    const after = await anonymous(server).storefront.settings(store.domain);
    assert.equal(after.theme?.homeLayout, 'editorial');
    assert.equal(after.theme?.headerLayout, 'bold');
    assert.equal(after.primaryColor, '#aa3300');
    assert.equal(after.theme?.customCSS, '.hero{letter-spacing:1px}');
    // Nothing left to publish.
    const twice = await client.raw('POST', `/api/stores/${store.id}/themes/${themeId}/publish`);
    assert.equal(twice.status, 409);
    assert.equal((twice.body as { code: string }).code, 'NO_DRAFT');
  });

  test('font, logo, favicon and hero round-trip in the draft and go live only on publish', async () => {
    const { client, store, themeId, tenantId } = await merchantWithTheme();
    // Other theme settings survive a publish of the font and hero.
    await client.stores.themes.update(store.id, themeId, { settings: { announcement: 'Hello' } });
    const logo = `/api/media/uploads/${tenantId}/logo.png`;
    const hero = {
      heading: 'Autumn knits',
      text: 'Warm, slow-made.',
      buttonLabel: 'Shop knits',
      buttonLink: '/c/knits',
    };
    const saved = await client.stores.themes.saveDraft(store.id, themeId, {
      font: 'old-style',
      logo,
      favicon: 'https://cdn.example.com/icon.png',
      hero,
    });
    assert.equal(saved.draft.font, 'old-style');
    assert.equal(saved.draft.logo, logo);
    assert.deepEqual(saved.draft.hero, hero);
    assert.equal(saved.live.font, null);
    assert.equal(saved.live.hero, null);
    assert.equal(saved.live.logo, null);
    const read = await client.stores.themes.draft(store.id, themeId);
    assert.deepEqual(read.draft.hero, hero);
    assert.equal(read.draft.favicon, 'https://cdn.example.com/icon.png');

    const before = await anonymous(server).storefront.settings(store.domain);
    assert.equal(before.logo, null);
    assert.equal(before.favicon, null);
    assert.equal(before.theme?.settings.font, undefined);
    assert.equal(before.theme?.settings.hero, undefined);

    const { token } = await client.stores.themes.previewToken(store.id, themeId);
    const preview = await anonymous(server).storefront.preview(store.domain, token);
    assert.equal(preview.logo, logo);
    assert.equal(preview.theme?.settings.font, 'old-style');
    assert.deepEqual(preview.theme?.settings.hero, hero);
    assert.equal(preview.theme?.settings.announcement, 'Hello');

    const published = await client.stores.themes.publish(store.id, themeId);
    assert.equal(published.live.font, 'old-style');
    assert.deepEqual(published.live.hero, hero);
    assert.equal(published.live.logo, logo);
    const after = await anonymous(server).storefront.settings(store.domain);
    assert.equal(after.logo, logo);
    assert.equal(after.favicon, 'https://cdn.example.com/icon.png');
    assert.equal(after.theme?.settings.font, 'old-style');
    assert.deepEqual(after.theme?.settings.hero, hero);
    assert.equal(after.theme?.settings.announcement, 'Hello');

    // null removes them again (the storefront falls back to its defaults).
    await client.stores.themes.saveDraft(store.id, themeId, { font: null, hero: null, logo: null });
    await client.stores.themes.publish(store.id, themeId);
    const cleared = await anonymous(server).storefront.settings(store.domain);
    assert.equal(cleared.logo, null);
    assert.equal(cleared.theme?.settings.hero, undefined);
    assert.equal(cleared.theme?.settings.font, undefined);
    assert.equal(cleared.theme?.settings.announcement, 'Hello');
  });

  test('bad font, logo or hero values are 400s naming the field', async () => {
    const { client, store, themeId } = await merchantWithTheme();
    const put = async (body: unknown) => {
      const res = await client.raw('PUT', `/api/stores/${store.id}/themes/${themeId}/draft`, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      return ((res.body as { errors?: Array<{ path: string }> }).errors ?? []).map((e) => e.path).join(' ');
    };
    assert.match(
      await put({ hero: { heading: 'Hi', buttonLabel: 'Go', buttonLink: 'javascript:alert(1)' } }),
      /hero.*buttonLink/,
    );
    assert.match(
      await put({ hero: { heading: 'Hi', buttonLabel: 'Go', buttonLink: '//evil.example' } }),
      /buttonLink/,
    );
    assert.match(await put({ hero: { heading: 'x'.repeat(500) } }), /hero.*heading/);
    assert.match(await put({ font: 'comic-sans' }), /font/);
    assert.match(await put({ logo: 'javascript:alert(1)' }), /logo/);
    assert.equal((await client.stores.themes.draft(store.id, themeId)).hasDraft, false);
  });

  test('discard drops the draft; the preview then shows the live theme', async () => {
    const { client, store, themeId } = await merchantWithTheme();
    await client.stores.themes.saveDraft(store.id, themeId, { footerLayout: 'minimal' });
    const { token } = await client.stores.themes.previewToken(store.id, themeId);
    assert.equal(
      (await anonymous(server).storefront.preview(store.domain, token)).theme?.footerLayout,
      'minimal',
    );
    await client.stores.themes.discardDraft(store.id, themeId);
    const view: ThemeDraft = await client.stores.themes.draft(store.id, themeId);
    assert.equal(view.hasDraft, false);
    assert.equal(view.draft.footerLayout, 'classic');
    assert.equal(
      (await anonymous(server).storefront.preview(store.domain, token)).theme?.footerLayout,
      'classic',
    );
    assert.equal((await anonymous(server).storefront.settings(store.domain)).theme?.footerLayout, 'classic');
  });

  test('a preview token works only on its own store, unexpired, unforged, and is no access token', async () => {
    const a = await merchantWithTheme();
    const other = await a.client.stores.create({ name: 'Second', domain: `second-${a.store.domain}` });
    const { token } = await a.client.stores.themes.previewToken(a.store.id, a.themeId);
    assert.equal((await previewRaw(a.store.domain, token)).status, 200);
    // Same tenant, another store's domain: refused.
    assert.equal((await previewRaw(other.domain, token)).status, 401);
    // Another tenant's store: refused.
    const b = await newMerchantWithStore(server, 'Other');
    assert.equal((await previewRaw(b.store.domain, token)).status, 401);
    // Missing, forged (one character changed in the signature), expired, or an access token.
    assert.equal(
      (await anonymous(server).raw('GET', `/api/storefront/${a.store.domain}/preview`)).status,
      401,
    );
    const forged = token.slice(0, -2) + (token.endsWith('A') ? 'BB' : 'AA');
    assert.equal((await previewRaw(a.store.domain, forged)).status, 401);
    const grant = { tenantId: a.tenantId, storeId: a.store.id, themeId: a.themeId };
    const expired = await server.platform.tokens.signPreview(grant, -10);
    const res = await previewRaw(a.store.domain, expired);
    assert.equal(res.status, 401);
    assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal((await previewRaw(a.store.domain, a.session.accessToken)).status, 401);
    // The preview token is not a bearer token for the admin API.
    assert.equal((await a.client.as(token).raw('GET', '/api/stores')).status, 401);
  });

  test('bad input is a 4xx and changes nothing; staff may not edit the design', async () => {
    const m = await merchantWithTheme();
    const { client, store, themeId } = m;
    const staff = await addMember(server, m, 'STAFF');
    const denied = await staff.client.raw('PUT', `/api/stores/${store.id}/themes/${themeId}/draft`, {
      homeLayout: 'bold',
    });
    assert.equal(denied.status, 403);
    const bad = await client.raw('PUT', `/api/stores/${store.id}/themes/${themeId}/draft`, {
      homeLayout: 'wavy',
      primaryColor: 'red',
    });
    assert.equal(bad.status, 400);
    const paths = ((bad.body as { errors: Array<{ path: string }> }).errors ?? []).map((e) => e.path);
    assert.ok(paths.some((p) => p.includes('homeLayout')) && paths.some((p) => p.includes('primaryColor')));
    assert.equal((await client.stores.themes.draft(store.id, themeId)).hasDraft, false);
    const missing = await client.raw(
      'PUT',
      `/api/stores/${store.id}/themes/00000000-0000-4000-8000-000000000000/draft`,
      { homeLayout: 'bold' },
    );
    assert.equal(missing.status, 404);
    // Another tenant cannot read or write this theme's draft.
    const stranger = await newMerchant(server, 'Stranger');
    const peek = await stranger.client.raw('GET', `/api/stores/${store.id}/themes/${themeId}/draft`);
    assert.ok(peek.status === 404 || peek.status === 403, `stranger got ${peek.status}`);
  });
});
