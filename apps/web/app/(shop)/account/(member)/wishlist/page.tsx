import type { Metadata } from 'next';
import Image from 'next/image';
import { addToCart } from '@/app/(shop)/actions';
import { AccountGate } from '@/components/AccountGate';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { Placeholder } from '@/components/ProductCard';
import { type WishItem, wishlist } from '@/lib/api/account';
import { csrfToken } from '@/lib/csrf';
import { money } from '@/lib/format';
import { isSvg } from '@/lib/images';
import { removeFromWishlist } from '../../actions';
import { currentShopper } from '../../shopper';

export const metadata: Metadata = { title: 'Your wish list', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** Add to cart straight from the list; a product with options asks which one. */
function ToCart({ item, csrf }: { item: WishItem; csrf: string }) {
  const variants = item.variants ?? [];
  const pick = variants.find((v) => v.isDefault && v.available > 0) ?? variants.find((v) => v.available > 0);
  return (
    <form action={addToCart} className="row">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="listingId" value={item.id} />
      <input type="hidden" name="slug" value={item.slug} />
      <input type="hidden" name="quantity" value="1" />
      {variants.length > 1 ? (
        <label className="account-inline">
          <span className="sr-only">Option for {item.title}</span>
          <select name="variantId" defaultValue={pick?.id}>
            {variants.map((v) => (
              <option key={v.id} value={v.id} disabled={v.available <= 0}>
                {v.name}
                {v.available <= 0 ? ' (sold out)' : ''}
              </option>
            ))}
          </select>
        </label>
      ) : variants[0] ? (
        <input type="hidden" name="variantId" value={variants[0].id} />
      ) : null}
      <button type="submit" className="button button-small" disabled={item.available <= 0}>
        Add to cart<span className="sr-only"> {item.title}</span>
      </button>
    </form>
  );
}

function WishRow({ item, csrf, currency }: { item: WishItem; csrf: string; currency: string }) {
  const img = item.images[0];
  return (
    <li className="wish-item" data-testid="wish-item">
      <div className="wish-media">
        {img ? (
          <Image src={img.url} alt="" fill sizes="6rem" unoptimized={isSvg(img.url)} />
        ) : (
          <Placeholder title={item.title} />
        )}
      </div>
      <div className="wish-info">
        <h2 className="wish-title">
          <Link href={`/p/${item.slug}`}>{item.title}</Link>
        </h2>
        <p className="price">{money(item.price, currency)}</p>
        {item.available <= 0 ? <p className="stock out">Out of stock</p> : null}
        <div className="row">
          <ToCart item={item} csrf={csrf} />
          <form action={removeFromWishlist}>
            <input type="hidden" name="csrf" value={csrf} />
            <input type="hidden" name="listingId" value={item.id} />
            <input type="hidden" name="returnTo" value="/account/wishlist" />
            <button type="submit" className="link-button">
              Remove<span className="sr-only"> {item.title} from the wish list</span>
            </button>
          </form>
        </div>
      </div>
    </li>
  );
}

/** Products the shopper saved, with add to cart and remove per item. */
export default async function WishlistPage({ searchParams }: Props) {
  const [s, sp, csrf] = await Promise.all([currentShopper(), searchParams, csrfToken()]);
  if (!s.me)
    return (
      <AccountGate
        title="Your wish list"
        next="/account/wishlist"
        why="Sign in or create an account to see your wish list. Anything you saved on this device joins it."
      />
    );
  const items = await wishlist(s.store, { token: s.token });
  return (
    <>
      <h1>Your wish list</h1>
      <Notice error={sp.error} info={sp.removed ? 'Removed from your wish list.' : undefined} />
      {items.length === 0 ? (
        <p>
          Nothing saved yet. Use “Save to wish list” on a product to keep it here.{' '}
          <Link href="/search">Browse products</Link>
        </p>
      ) : (
        <ul className="wish-list">
          {items.map((item) => (
            <WishRow key={item.id} item={item} csrf={csrf} currency={s.store.currency} />
          ))}
        </ul>
      )}
    </>
  );
}
