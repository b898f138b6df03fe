'use client';
// The Catalog section's tabs: listings, the reviews queue, categories, collections.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useStores } from '@/lib/stores';

const TABS = [
  { href: '/catalog', label: 'Listings' },
  { href: '/catalog/reviews', label: 'Reviews' },
  { href: '/catalog/categories', label: 'Categories' },
  { href: '/catalog/collections', label: 'Collections' },
];

export function CatalogNav() {
  const pathname = usePathname();
  const { current } = useStores();
  const qs = current ? `?store=${current.id}` : '';
  return (
    <nav aria-label="Catalog" className="tabs">
      {TABS.map((t) => (
        <Link key={t.href} href={`${t.href}${qs}`} aria-current={pathname === t.href ? 'page' : undefined}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
