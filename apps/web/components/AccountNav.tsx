'use client';
import { usePathname } from 'next/navigation';
import Link from '@/components/Link';

export const ACCOUNT_SECTIONS = [
  { href: '/account', label: 'Overview' },
  { href: '/account/orders', label: 'Orders' },
  { href: '/account/addresses', label: 'Addresses' },
  { href: '/account/wishlist', label: 'Wish list' },
  { href: '/account/payment-methods', label: 'Payment methods' },
  { href: '/account/loyalty', label: 'Loyalty' },
  { href: '/account/returns', label: 'Returns' },
  { href: '/account/downloads', label: 'Downloads' },
  { href: '/account/subscriptions', label: 'Subscriptions' },
  { href: '/account/security', label: 'Security and privacy' },
] as const;

/**
 * The account's sub-navigation. A client component only to mark the current section
 * (`aria-current`), which also happens in the server render, so it works without JavaScript.
 */
export function AccountNav() {
  const path = usePathname();
  const current = (href: string) =>
    href === '/account' ? path === href : path === href || path.startsWith(`${href}/`);
  return (
    <nav className="account-nav" aria-label="Your account">
      <ul>
        {ACCOUNT_SECTIONS.map((s) => (
          <li key={s.href}>
            <Link href={s.href} aria-current={current(s.href) ? 'page' : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
