import { removeFromWishlist, saveToWishlist } from '@/app/(shop)/account/actions';
import { wishSessionId } from '@/app/(shop)/account/shopper';
import Link from '@/components/Link';
import { wishlist } from '@/lib/api/account';
import type { Store } from '@/lib/api/store';
import { csrfToken } from '@/lib/csrf';
import { shopperToken } from '@/lib/session';

/**
 * "Save to wish list" on the product page: a plain form (works without JavaScript). Signed-in
 * shoppers save to their account; guests to an anonymous session that joins their account when
 * they sign in or register.
 */
export async function WishlistButton({
  store,
  listingId,
  slug,
}: {
  store: Store;
  listingId: string;
  slug: string;
}) {
  const [token, session, csrf] = await Promise.all([shopperToken(), wishSessionId(), csrfToken()]);
  const saved = (await wishlist(store, { token, session })).some((l) => l.id === listingId);
  return (
    <form
      action={saved ? removeFromWishlist : saveToWishlist}
      className="row"
      style={{ margin: '0.75rem 0' }}
    >
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="listingId" value={listingId} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="returnTo" value={`/p/${encodeURIComponent(slug)}`} />
      <button type="submit" className="button button-ghost">
        <span aria-hidden="true">{saved ? '♥' : '♡'}</span>&nbsp;
        {saved ? 'Remove from wish list' : 'Save to wish list'}
      </button>
      {saved ? (
        <span role="status">
          Saved. <Link href="/account/wishlist">View wish list</Link>
        </span>
      ) : null}
    </form>
  );
}
