'use client';
// The Inventory section's own tabs: stock, low-stock alerts, reconciliation.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useStores } from '@/lib/stores';

const TABS = [
  { href: '/inventory', label: 'Stock' },
  { href: '/inventory/alerts', label: 'Low stock' },
  { href: '/inventory/reconciliation', label: 'Reconciliation' },
];

export function InventoryNav() {
  const pathname = usePathname();
  const { current } = useStores();
  const qs = current ? `?store=${current.id}` : '';
  return (
    <nav aria-label="Inventory" className="tabs">
      {TABS.map((t) => (
        <Link key={t.href} href={`${t.href}${qs}`} aria-current={pathname === t.href ? 'page' : undefined}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
