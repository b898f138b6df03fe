'use client';
// Links between the parts of Settings: the store's selling setup (sections of /settings), its
// emails, its integrations and the audit log. The store in the URL is kept.
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';

const LINKS = [
  ['/settings#shipping', 'Shipping'],
  ['/settings#taxes', 'Taxes'],
  ['/settings#payments', 'Payments'],
  ['/settings#store', 'Store details'],
  ['/settings/emails', 'Emails'],
  ['/settings/integrations', 'Integrations'],
  ['/settings/audit', 'Audit log'],
] as const;

export function SettingsNav() {
  const pathname = usePathname();
  const store = useSearchParams().get('store');
  const qs = store ? `?store=${store}` : '';
  return (
    <nav aria-label="Settings sections" className="tabs">
      {LINKS.map(([href, label]) => {
        const [path, hash] = href.split('#');
        return (
          <Link
            key={href}
            href={`${path}${qs}${hash ? `#${hash}` : ''}`}
            aria-current={!hash && pathname === path ? 'page' : undefined}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
