import type { Metadata } from 'next';

/** The admin's page-preview token from `?draft=` (a signed JWT; the API checks it). */
export async function draftToken(searchParams: Promise<Record<string, string | string[]>>) {
  const draft = (await searchParams).draft;
  return typeof draft === 'string' && draft.length > 0 && draft.length < 2000 ? draft : null;
}

/** A preview is not for search engines, and its token must not leak to other sites in Referer. */
export const PREVIEW_METADATA: Metadata = {
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};
