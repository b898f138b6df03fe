'use client';
import { ContentList } from '@/components/content-list';

/** The store's CMS pages (About, Shipping, …). */
export default function ContentPages() {
  return <ContentList kind="pages" />;
}
