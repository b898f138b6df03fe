'use client';
// The Content section's tabs: CMS pages, blog posts and the storefront's navigation menus.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useStores } from '@/lib/stores';

const TABS = [
  {
    href: '/content',
    label: 'Pages',
    match: (p: string) => p === '/content' || p.startsWith('/content/pages'),
  },
  { href: '/content/posts', label: 'Blog posts', match: (p: string) => p.startsWith('/content/posts') },
  {
    href: '/content/navigation',
    label: 'Navigation',
    match: (p: string) => p.startsWith('/content/navigation'),
  },
];

export function ContentNav() {
  const pathname = usePathname();
  const { current } = useStores();
  const qs = current ? `?store=${current.id}` : '';
  return (
    <nav aria-label="Content" className="tabs">
      {TABS.map((t) => (
        <Link key={t.href} href={`${t.href}${qs}`} aria-current={t.match(pathname) ? 'page' : undefined}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
