'use client';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { type ReactNode, useEffect, useRef, useSyncExternalStore } from 'react';
import { can, type Role, useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';
import { CommandPalette } from './palette';
import { SignIn } from './sign-in';

export const NAV: Array<{ href: string; label: string; key: string; allowed?: (r: Role | null) => boolean }> =
  [
    { href: '/', label: 'Home', key: 'h' },
    { href: '/orders', label: 'Orders', key: 'o' },
    // Any member may read returns (the API asks no permission to list them), so STAFF see it too.
    { href: '/returns', label: 'Returns', key: 'r' },
    { href: '/products', label: 'Products', key: 'p' },
    { href: '/inventory', label: 'Inventory', key: 'i' },
    { href: '/catalog', label: 'Catalog', key: 'l' },
    // Pages and blog posts; `g c` is Customers, so `g e` (contEnt).
    { href: '/content', label: 'Content', key: 'e' },
    { href: '/warehouse', label: 'Warehouse', key: 'w' },
    { href: '/customers', label: 'Customers', key: 'c' },
    { href: '/marketing', label: 'Marketing', key: 'm' },
    { href: '/analytics', label: 'Analytics', key: 'a', allowed: can.readAnalytics },
    { href: '/experiments', label: 'Experiments', key: 'x' },
    { href: '/design', label: 'Design', key: 'd', allowed: can.editSettings },
    { href: '/domains', label: 'Domains', key: 'n', allowed: can.editSettings },
    { href: '/settings', label: 'Settings', key: 's', allowed: can.editSettings },
    { href: '/team', label: 'Team', key: 't', allowed: can.manageTeam },
  ];

const noChange = () => () => {};
/**
 * False while this tree hydrates, true after. The session can be known before the page's Suspense
 * boundary hydrates; rendering it then would not match the server's "Loading…" (React error 418).
 */
const useHydrated = () =>
  useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );

export function Shell({ children }: { children: ReactNode }) {
  const session = useSession();
  const hydrated = useHydrated();
  if (!hydrated || session.status === 'loading')
    return (
      <main className="login">
        <p role="status">Loading…</p>
      </main>
    );
  if (session.status === 'signedOut')
    return (
      <main className="login">
        <h1>Sign in to Ventory Admin</h1>
        <SignIn />
      </main>
    );
  return <SignedIn>{children}</SignedIn>;
}

function SignedIn({ children }: { children: ReactNode }) {
  const { who, role, expired, signOut } = useSession();
  const { stores, current, choose } = useStores();
  const pathname = usePathname();
  const router = useRouter();
  const search = useRef<HTMLInputElement>(null);
  useShortcuts(router, search);
  const nav = NAV.filter((n) => !n.allowed || n.allowed(role));
  const storeQs = current ? `?store=${current.id}` : '';
  return (
    <div className="shell">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <nav className="side" aria-label="Main">
        <p className="brand">Ventory Admin</p>
        {nav.map((n) => {
          const active = n.href === '/' ? pathname === '/' : pathname.startsWith(n.href);
          return (
            <Link key={n.href} href={`${n.href}${storeQs}`} aria-current={active ? 'page' : undefined}>
              {n.label}
            </Link>
          );
        })}
      </nav>
      <div>
        <header className="top">
          <label htmlFor="store-switcher" className="visually-hidden" style={{ margin: 0 }}>
            Store
          </label>
          <select id="store-switcher" value={current?.id ?? ''} onChange={(e) => choose(e.target.value)}>
            {stores.length === 0 ? <option value="">No stores yet</option> : null}
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <search className="grow">
            <form
              className="row"
              onSubmit={(e) => {
                e.preventDefault();
                const q = search.current?.value.trim() ?? '';
                if (q)
                  router.push(`/search?q=${encodeURIComponent(q)}${current ? `&store=${current.id}` : ''}`);
              }}
            >
              <input
                ref={search}
                type="search"
                aria-label="Search orders, products and customers"
                placeholder="Search (press /)"
                style={{ flex: 1 }}
              />
            </form>
          </search>
          <CommandPalette nav={nav} storeQs={storeQs} />
          <span className="muted who">
            {who?.email} · {role ? role.toLowerCase() : ''} · {who?.tenantName}
          </span>
          <button type="button" onClick={() => signOut().then(() => router.push('/'))}>
            Sign out
          </button>
        </header>
        <main id="main">{children}</main>
      </div>
      {expired ? <ExpiredDialog /> : null}
    </div>
  );
}

/** Session gone mid-task: sign in again over the screen; the pending request then goes through. */
function ExpiredDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="expired-title" onCancel={(e) => e.preventDefault()}>
      <h2 id="expired-title">Your session expired</h2>
      <p>Sign in again to carry on. Nothing you typed is lost.</p>
      <SignIn />
    </dialog>
  );
}

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** "/" focuses search; "g" then a letter goes to a section (Gmail style). */
function useShortcuts(
  router: ReturnType<typeof useRouter>,
  search: React.RefObject<HTMLInputElement | null>,
) {
  useEffect(() => {
    let pendingG = 0;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === '/') {
        e.preventDefault();
        search.current?.focus();
        return;
      }
      if (e.key === 'g') {
        pendingG = Date.now();
        return;
      }
      if (Date.now() - pendingG < 1200) {
        const to = NAV.find((n) => n.key === e.key);
        if (to) router.push(to.href);
        pendingG = 0;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [router, search]);
}
