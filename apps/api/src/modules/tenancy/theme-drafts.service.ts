import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import * as repo from './stores.repository.ts';
import { toPublicSettings } from './tenancy.dto.ts';
import { type StoreRow, type ThemeRow, tenancyWrites } from './tenancy.schema.ts';
import { THEME_FONTS, type ThemeDraft, ThemeHero, type ThemeHeroInput } from './tenancy.validators.ts';
import { deactivateOthers } from './themes.service.ts';

export type ThemeFont = (typeof THEME_FONTS)[number];
export type Hero = {
  heading: string;
  text: string | null;
  buttonLabel: string | null;
  buttonLink: string | null;
};

/**
 * What the design editor edits: the theme's layouts, CSS, font and hero (the last two in the
 * theme's `settings`) plus the store's brand colours, logo and favicon.
 */
export type Design = {
  headerLayout: string;
  homeLayout: string;
  productLayout: string;
  categoryLayout: string;
  footerLayout: string;
  checkoutLayout: string;
  primaryColor: string | null;
  secondaryColor: string | null;
  customCSS: string | null;
  font: ThemeFont | null;
  logo: string | null;
  favicon: string | null;
  hero: Hero | null;
};

const DESIGN_KEYS = [
  'headerLayout',
  'homeLayout',
  'productLayout',
  'categoryLayout',
  'footerLayout',
  'checkoutLayout',
  'primaryColor',
  'secondaryColor',
  'customCSS',
  'font',
  'logo',
  'favicon',
  'hero',
] as const;

const fontOf = (v: unknown): ThemeFont | null =>
  (THEME_FONTS as readonly unknown[]).includes(v) ? (v as ThemeFont) : null;

const toHero = (h: ThemeHeroInput): Hero => ({
  heading: h.heading,
  text: h.text || null,
  buttonLabel: h.buttonLabel || null,
  buttonLink: h.buttonLink || null,
});

/** A stored hero (settings are free-form JSON, also written by the theme API) or null. */
function heroOf(v: unknown): Hero | null {
  const parsed = ThemeHero.safeParse(v);
  return parsed.success ? toHero(parsed.data) : null;
}

/** The theme's settings with the draft's font and hero applied; other keys are kept. */
function settingsWith(settings: Record<string, unknown>, d: Partial<Design>): Record<string, unknown> {
  const next = { ...settings };
  for (const key of ['font', 'hero'] as const) {
    if (d[key] === undefined) continue;
    if (d[key] === null) delete next[key];
    else next[key] = d[key];
  }
  return next;
}

const liveDesign = (theme: ThemeRow, store: StoreRow): Design => ({
  headerLayout: theme.headerLayout,
  homeLayout: theme.homeLayout,
  productLayout: theme.productLayout,
  categoryLayout: theme.categoryLayout,
  footerLayout: theme.footerLayout,
  checkoutLayout: theme.checkoutLayout,
  primaryColor: store.primaryColor,
  secondaryColor: store.secondaryColor,
  customCSS: theme.customCss,
  font: fontOf(theme.settings.font),
  logo: store.logo,
  favicon: store.favicon,
  hero: heroOf(theme.settings.hero),
});

/** Only the design keys of a stored draft (the column is ours, but old rows may hold less). */
function draftPart(theme: ThemeRow): Partial<Design> {
  const raw = theme.draft ?? {};
  const part = Object.fromEntries(
    DESIGN_KEYS.filter((k) => k in raw).map((k) => [k, raw[k]]),
  ) as Partial<Design>;
  if (part.hero) part.hero = heroOf(part.hero);
  return part;
}

async function load(tx: TenantTx, storeId: string, themeId: string) {
  const [store, theme] = await Promise.all([
    repo.findStore(tx, storeId),
    tx
      .selectFrom('storeThemes')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('id', '=', themeId)
      .executeTakeFirst(),
  ]);
  if (!store || !theme) throw notFound('Theme');
  return { store, theme };
}

function view(theme: ThemeRow, store: StoreRow) {
  const live = liveDesign(theme, store);
  return {
    themeId: theme.id,
    name: theme.name,
    isActive: theme.isActive,
    hasDraft: theme.draft !== null,
    live,
    draft: { ...live, ...draftPart(theme) },
    updatedAt: theme.updatedAt.toISOString(),
  };
}
export type ThemeDraftView = ReturnType<typeof view>;

/**
 * Draft → preview → publish for one theme. A draft lives in `store_themes.draft` and touches
 * nothing shoppers read; publishing copies it onto the theme (layouts, CSS, font, hero) and the store
 * (colours, logo, favicon), activates the theme and records the events that make the storefront revalidate.
 */
export const themeDraftService = {
  async get(tx: TenantTx, storeId: string, themeId: string) {
    const { store, theme } = await load(tx, storeId, themeId);
    return view(theme, store);
  },

  /** Merges the edit into the draft (a field sent as its live value still counts as drafted). */
  async save(tx: TenantTx, storeId: string, themeId: string, edit: ThemeDraft) {
    const { store, theme } = await load(tx, storeId, themeId);
    const merged = { ...draftPart(theme), ...edit };
    const row = await tenancyWrites(tx)
      .updateTable('storeThemes')
      .set({ draft: JSON.stringify(merged) })
      .where('storeId', '=', storeId)
      .where('id', '=', themeId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return view(row, store);
  },

  async discard(tx: TenantTx, storeId: string, themeId: string) {
    await load(tx, storeId, themeId);
    await tenancyWrites(tx)
      .updateTable('storeThemes')
      .set({ draft: null })
      .where('storeId', '=', storeId)
      .where('id', '=', themeId)
      .execute();
  },

  async publish(tx: TenantTx, storeId: string, themeId: string) {
    const { store, theme } = await load(tx, storeId, themeId);
    if (theme.draft === null) throw conflict('NO_DRAFT', 'This theme has no draft to publish');
    const d = draftPart(theme);
    await deactivateOthers(tx, storeId);
    const row = await tenancyWrites(tx)
      .updateTable('storeThemes')
      .set({
        isActive: true,
        draft: null,
        ...(d.headerLayout ? { headerLayout: d.headerLayout } : {}),
        ...(d.homeLayout ? { homeLayout: d.homeLayout } : {}),
        ...(d.productLayout ? { productLayout: d.productLayout } : {}),
        ...(d.categoryLayout ? { categoryLayout: d.categoryLayout } : {}),
        ...(d.footerLayout ? { footerLayout: d.footerLayout } : {}),
        ...(d.checkoutLayout ? { checkoutLayout: d.checkoutLayout } : {}),
        ...(d.customCSS !== undefined ? { customCss: d.customCSS } : {}),
        ...(d.font !== undefined || d.hero !== undefined
          ? { settings: JSON.stringify(settingsWith(theme.settings, d)) }
          : {}),
      })
      .where('storeId', '=', storeId)
      .where('id', '=', themeId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const colours = {
      ...(d.primaryColor !== undefined ? { primaryColor: d.primaryColor } : {}),
      ...(d.secondaryColor !== undefined ? { secondaryColor: d.secondaryColor } : {}),
      ...(d.logo !== undefined ? { logo: d.logo } : {}),
      ...(d.favicon !== undefined ? { favicon: d.favicon } : {}),
    };
    const storeRow = Object.keys(colours).length ? await repo.updateStore(tx, storeId, colours) : store;
    await recordEvent(tx, 'store.theme.changed', { storeId, themeId });
    if (Object.keys(colours).length) await recordEvent(tx, 'store.updated', { storeId });
    return view(row, storeRow ?? store);
  },

  /** The storefront settings a preview renders: the live store with this theme's draft laid over. */
  async preview(tx: TenantTx, storeId: string, themeId: string) {
    const { store, theme } = await load(tx, storeId, themeId);
    const d = draftPart(theme);
    const previewStore: StoreRow = {
      ...store,
      primaryColor: d.primaryColor !== undefined ? d.primaryColor : store.primaryColor,
      secondaryColor: d.secondaryColor !== undefined ? d.secondaryColor : store.secondaryColor,
      logo: d.logo !== undefined ? d.logo : store.logo,
      favicon: d.favicon !== undefined ? d.favicon : store.favicon,
    };
    const previewTheme: ThemeRow = {
      ...theme,
      headerLayout: d.headerLayout ?? theme.headerLayout,
      homeLayout: d.homeLayout ?? theme.homeLayout,
      productLayout: d.productLayout ?? theme.productLayout,
      categoryLayout: d.categoryLayout ?? theme.categoryLayout,
      footerLayout: d.footerLayout ?? theme.footerLayout,
      checkoutLayout: d.checkoutLayout ?? theme.checkoutLayout,
      customCss: d.customCSS !== undefined ? d.customCSS : theme.customCss,
      settings: settingsWith(theme.settings, d),
    };
    return { ...toPublicSettings(previewStore, previewTheme), preview: true };
  },
};
