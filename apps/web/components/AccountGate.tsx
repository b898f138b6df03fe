import Link from '@/components/Link';

/** What a signed-out visitor of an account page sees: sign in or register, then come back here. */
export function AccountGate({ title, next, why }: { title: string; next: string; why?: string }) {
  const q = next === '/account' ? '' : `?next=${encodeURIComponent(next)}`;
  return (
    <section className="account-gate">
      <h1>{title}</h1>
      <p>{why ?? 'Sign in to see your orders, or create an account.'}</p>
      <p className="row">
        <Link href={`/account/login${q}`} className="button">
          Sign in
        </Link>
        <Link href={`/account/register${q}`} className="button button-ghost">
          Create account
        </Link>
      </p>
    </section>
  );
}
