import '@/app/(shop)/collections/browse.css';
import Link from '@/components/Link';
import { REVIEWS_PER_PAGE, type ReviewPage, reviewPage } from '@/lib/api/catalog';
import type { Store } from '@/lib/api/store';
import { csrfToken } from '@/lib/csrf';
import { stars } from '@/lib/format';
import { HelpfulButton, ReviewForm } from './ReviewForm';

const date = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

function Summary({ data }: { data: ReviewPage }) {
  if (data.count === 0) return <p>No reviews yet. Be the first!</p>;
  return (
    <div className="rating-summary" data-testid="rating-summary">
      <p className="rating-average">
        <span aria-hidden="true" className="rating">
          {stars(data.average)}
        </span>{' '}
        <strong>{data.average.toFixed(1)}</strong> out of 5
      </p>
      <p className="muted">
        Based on {data.count} {data.count === 1 ? 'review' : 'reviews'}
      </p>
    </div>
  );
}

function ReviewItem({ r, csrf }: { r: ReviewPage['items'][number]; csrf: string }) {
  const author = r.customerName ?? 'A customer';
  return (
    <li className="review">
      <p className="review-head">
        <span aria-hidden="true" className="rating">
          {stars(r.rating)}
        </span>
        <span className="sr-only">Rated {r.rating} out of 5.</span>{' '}
        {r.title ? <strong>{r.title}</strong> : null}
      </p>
      {r.content ? <p className="review-body">{r.content}</p> : null}
      <p className="muted review-meta">
        {author} · <time dateTime={r.createdAt}>{date(r.createdAt)}</time>
        {r.isVerifiedPurchase ? ' · Verified purchase' : ''}
      </p>
      {r.response ? (
        <div className="review-response">
          <p className="muted">Response from the store</p>
          <p>{r.response}</p>
        </div>
      ) : null}
      <HelpfulButton reviewId={r.id} count={r.helpfulCount} csrf={csrf} author={author} />
    </li>
  );
}

/**
 * A product's reviews: rating summary, approved reviews (newest first, paged by `?reviews=`), a
 * helpful vote per review and the review form (held for moderation by the API).
 */
export async function Reviews({ store, slug, page: raw }: { store: Store; slug: string; page?: string }) {
  const page = Math.max(1, Math.min(1000, Number.parseInt(raw ?? '1', 10) || 1));
  const [data, csrf] = await Promise.all([reviewPage(store, slug, page), csrfToken()]);
  const pages = Math.max(1, Math.ceil(data.total / REVIEWS_PER_PAGE));
  const at = (p: number) => `/p/${encodeURIComponent(slug)}${p > 1 ? `?reviews=${p}` : ''}#reviews-h`;
  return (
    <section className="reviews" aria-labelledby="reviews-h">
      <h2 id="reviews-h">Reviews</h2>
      <Summary data={data} />
      {data.items.length > 0 ? (
        <ul className="review-list">
          {data.items.map((r) => (
            <ReviewItem key={r.id} r={r} csrf={csrf} />
          ))}
        </ul>
      ) : null}
      {pages > 1 ? (
        <nav aria-label="More reviews" className="pagination">
          {page > 1 ? <Link href={at(Math.min(page - 1, pages))}>Newer reviews</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={at(page + 1)}>Older reviews</Link> : null}
        </nav>
      ) : null}
      <ReviewForm slug={slug} csrf={csrf} />
    </section>
  );
}
