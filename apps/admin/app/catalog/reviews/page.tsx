'use client';
import type { ProductReview } from '@ventory/sdk';
import { useState } from 'react';
import { CatalogNav } from '@/components/catalog-nav';
import { ConfirmButton, message, Page, States } from '@/components/ui';
import { useListings, useReviewQueue } from '@/lib/catalog';
import { useStores } from '@/lib/stores';

const stars = (n: number) => `${'★'.repeat(n)}${'☆'.repeat(5 - n)}`;

function ReviewCard({
  review,
  product,
  onApprove,
  onReject,
}: {
  review: ProductReview;
  product: string;
  onApprove: () => Promise<unknown>;
  onReject: () => Promise<unknown>;
}) {
  const [error, setError] = useState('');
  const name = `review by ${review.customerName} of ${product}`;
  return (
    <article className="card review" aria-label={`Review by ${review.customerName}`}>
      <p>
        <span role="img" aria-label={`${review.rating} of 5 stars`}>
          {stars(review.rating)}
        </span>{' '}
        <strong>{review.title ?? 'No title'}</strong>
      </p>
      <p className="muted">
        {product} · {review.customerName}
        {review.isVerifiedPurchase ? ' · verified purchase' : ''} ·{' '}
        {new Date(review.createdAt).toLocaleDateString('en-US', { dateStyle: 'medium' })}
      </p>
      <p>{review.content || <span className="muted">No text</span>}</p>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <div className="row actions-cell">
        <button
          type="button"
          className="primary"
          aria-label={`Approve ${name}`}
          onClick={() => onApprove().catch((e) => setError(message(e)))}
        >
          Approve
        </button>
        <ConfirmButton
          label={`Reject ${name}`}
          text="Reject"
          what="Shoppers will not see this review. It stays on record as rejected and leaves this queue."
          confirmLabel="Reject review"
          onConfirm={onReject}
        />
      </div>
    </article>
  );
}

/** Reviews shoppers sent, held until the merchant approves (published) or rejects them. */
export default function ReviewsQueue() {
  const { current, query: storesQuery } = useStores();
  const storeId = current?.id ?? '';
  const { list, approve, reject } = useReviewQueue(storeId);
  // Product titles for the queue's reviews (a store's first 100 listings cover the usual queue).
  const listings = useListings(storeId, 'limit=100&sort=title');
  const titleOf = (id: string) => listings.data?.data.find((l) => l.id === id)?.title ?? 'a product';
  const [done, setDone] = useState('');
  return (
    <Page
      title="Reviews"
      crumbs={[{ label: 'Catalog', href: `/catalog?store=${storeId}` }, { label: 'Reviews' }]}
    >
      <CatalogNav />
      <p role="status" className="ok">
        {done}
      </p>
      {!current ? (
        <p className="muted">{storesQuery.isPending ? 'Loading…' : 'Create a store first.'}</p>
      ) : (
        <States query={list} empty="No reviews waiting" isEmpty={(d) => d.total === 0}>
          {(d) => (
            <section aria-labelledby="queue-h">
              <h2 id="queue-h">
                {d.total} waiting for moderation
                {d.total > d.data.length ? ` (oldest ${d.data.length} shown)` : ''}
              </h2>
              <div className="cards">
                {d.data.map((r) => (
                  <ReviewCard
                    key={r.id}
                    review={r}
                    product={titleOf(r.listingId)}
                    onApprove={async () => {
                      await approve.mutateAsync(r.id);
                      setDone(`Approved the review by ${r.customerName}: shoppers see it now.`);
                    }}
                    onReject={async () => {
                      await reject.mutateAsync(r.id);
                      setDone(`Rejected the review by ${r.customerName}.`);
                    }}
                  />
                ))}
              </div>
            </section>
          )}
        </States>
      )}
    </Page>
  );
}
