import { THEME_FONTS, type ThemeFont, type ThemeHero } from '@ventory/sdk';
import { type ThemeTokens, tokensFromStore } from '@ventory/shop-core';
import type { Store } from './api/store';

export type HeaderLayout = 'classic' | 'centered' | 'bold';
export const HOME_LAYOUTS = ['classic', 'editorial', 'bold'] as const;
export const PRODUCT_LAYOUTS = ['classic', 'stacked', 'split'] as const;
export type HomeLayout = (typeof HOME_LAYOUTS)[number];
export type ProductLayout = (typeof PRODUCT_LAYOUTS)[number];
export type CategoryLayout = 'grid' | 'list' | 'compact';
export type FooterLayout = 'classic' | 'minimal';
/** `classic`: the summary beside the form; `focused`: one narrow column, the summary folded above it. */
export type CheckoutLayout = 'classic' | 'focused';

export type Theme = {
  name: string;
  header: HeaderLayout;
  home: HomeLayout;
  product: ProductLayout;
  category: CategoryLayout;
  footer: FooterLayout;
  checkout: CheckoutLayout;
  css: string;
  /** The curated font's stack, or null for the stylesheet's default. */
  font: string | null;
  /** The merchant's home hero, or null for the store's name and description. */
  hero: ThemeHero | null;
};

const text = (v: unknown, max: number): string | null =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null;

/** A hero button target: a path on this store or an http(s) URL; anything else (script) is dropped. */
export const safeLink = (v: unknown): string | null =>
  typeof v === 'string' && (/^\/(?![/\\])\S*$/.test(v) || /^https?:\/\/\S+$/i.test(v)) ? v : null;

/**
 * The hero from the theme's settings. The API validates it in the design editor, but settings are
 * free-form JSON also written by the theme API, so the storefront checks again before rendering.
 */
export function heroOf(settings: Record<string, unknown> | undefined): ThemeHero | null {
  const h = settings?.hero;
  if (!h || typeof h !== 'object') return null;
  const raw = h as Record<string, unknown>;
  const heading = text(raw.heading, 120);
  if (!heading) return null;
  const buttonLabel = text(raw.buttonLabel, 40);
  const buttonLink = safeLink(raw.buttonLink);
  const button = buttonLabel && buttonLink;
  return {
    heading,
    text: text(raw.text, 300),
    buttonLabel: button ? buttonLabel : null,
    buttonLink: button ? buttonLink : null,
  };
}

/** The stack of the theme's curated font; an unknown name is the default (null). */
export function fontOf(settings: Record<string, unknown> | undefined): string | null {
  const name = settings?.font;
  return typeof name === 'string' && name in THEME_FONTS ? THEME_FONTS[name as ThemeFont].stack : null;
}

function pick<T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  const v = (value ?? '').toLowerCase() as T;
  return allowed.includes(v) ? v : fallback;
}

/** The store's active theme as layout choices; unknown layout names fall back to the classic ones. */
export function themeOf(store: Store): Theme {
  const t = store.theme;
  return {
    name: t?.name ?? 'Default',
    header: pick(t?.headerLayout, ['classic', 'centered', 'bold'], 'classic'),
    home: pick(t?.homeLayout, HOME_LAYOUTS, 'classic'),
    product: pick(t?.productLayout, PRODUCT_LAYOUTS, 'classic'),
    category: pick(t?.categoryLayout, ['grid', 'list', 'compact'], 'grid'),
    footer: pick(t?.footerLayout, ['classic', 'minimal'], 'classic'),
    checkout: pick(t?.checkoutLayout, ['classic', 'focused'], 'classic'),
    css: sanitizeCss(t?.customCSS ?? ''),
    font: fontOf(t?.settings),
    hero: heroOf(t?.settings),
  };
}

/**
 * A layout under test: an experiment's variant key names a layout (`home-layout` variants such as
 * `classic` and `bold`); the control, or a key that names no layout, keeps the theme's choice.
 */
export function layoutUnderTest<T extends string>(
  variant: string | null,
  allowed: readonly T[],
  themed: T,
): T {
  return pick(variant, allowed, themed);
}

/**
 * The store's design tokens (brand colours made accessible, radius, type), the same the Expo app
 * derives: shared by the storefront's CSS variables and the `packages/ui` components.
 */
export const uiTokens = (store: Store): ThemeTokens => tokensFromStore(store);

/**
 * Brand colours and the curated font as CSS custom properties. Only validated hex values and our
 * own font stacks reach the stylesheet. The font replaces the header layouts' heading fonts too
 * (they set `--heading` on `.theme-*`), so the merchant's choice shows everywhere.
 */
export function brandCss(store: Store, theme: Theme): string {
  const { colors } = uiTokens(store);
  const vars = {
    '--brand': colors.brand,
    '--brand-ink': colors.brandInk,
    '--on-brand': colors.onBrand,
    '--brand-2': colors.accent,
    '--on-brand-2': colors.onAccent,
  };
  const body = Object.entries(vars)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  const font = theme.font
    ? `\n:root{--font:${theme.font};--heading:${theme.font}}\n:root .theme-classic,:root .theme-centered,:root .theme-bold{--heading:${theme.font}}`
    : '';
  return `:root{${body}}${font}\n${theme.css}`;
}

/**
 * Merchant CSS goes into a <style> element, so anything that could end the element, run script
 * or pull remote code is removed: markup, `expression()`, `javascript:` URLs, legacy bindings and
 * `@import` (which would bypass the CSP's style allow-list anyway).
 */
export function sanitizeCss(css: string): string {
  return css
    .slice(0, 50_000)
    .replace(/<\/?[a-z!][^>]*>?/gi, '')
    .replace(/[<>]/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@import[^;]*;?/gi, '')
    .replace(/expression\s*\(/gi, '(')
    .replace(/(java|vb)script\s*:/gi, '')
    .replace(/-moz-binding|behavior\s*:/gi, '')
    .replace(/\\/g, '');
}
