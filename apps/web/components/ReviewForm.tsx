'use client';
import '@/app/(shop)/collections/browse.css';
import { useActionState } from 'react';
import {
  type HelpfulState,
  type ReviewField,
  type ReviewFormState,
  submitReview,
  voteHelpful,
} from '@/app/(shop)/review-actions';

const WORDS = ['poor', 'fair', 'good', 'very good', 'excellent'];
const LABELS: Record<ReviewField, string> = {
  rating: 'Rating',
  title: 'Title',
  content: 'Review',
  customerName: 'Your name',
};

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}

/** Five real radio buttons drawn as stars (browse.css); arrow keys move between them. */
function StarRating({ value, error }: { value?: string; error?: string }) {
  return (
    <fieldset className="star-rating" aria-describedby={error ? 'rv-rating-err' : undefined}>
      <legend>
        Your rating <span className="muted">(required)</span>
      </legend>
      <div className="stars-input">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n}>
            <input
              type="radio"
              name="rating"
              value={n}
              id={n === 1 ? 'rv-rating' : undefined}
              required
              defaultChecked={value === String(n)}
            />
            <span className="star" aria-hidden="true" />
            <span className="sr-only">
              {n} {n === 1 ? 'star' : 'stars'}, {WORDS[n - 1]}
            </span>
          </label>
        ))}
      </div>
      <FieldError id="rv-rating-err" error={error} />
    </fieldset>
  );
}

/** The form's errors on top, each linked to its field, announced as soon as they appear. */
function ErrorSummary({
  message,
  errors,
}: {
  message?: string;
  errors: Partial<Record<ReviewField, string>>;
}) {
  const fields = Object.keys(errors) as ReviewField[];
  return (
    <div role="alert" className="error">
      <p>{message}</p>
      {fields.length > 0 ? (
        <ul>
          {fields.map((f) => (
            <li key={f}>
              <a href={`#rv-${f}`}>
                {LABELS[f]}: {errors[f]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The review form. The action answers with state (errors beside their fields, or the thanks
 * message); the form's own validation is off so every shopper gets the same messages.
 */
export function ReviewForm({ slug, csrf }: { slug: string; csrf: string }) {
  const [state, action, pending] = useActionState<ReviewFormState, FormData>(submitReview, {
    status: 'idle',
  });
  if (state.status === 'sent')
    return (
      <p role="status" className="info review-sent">
        {state.message}
      </p>
    );
  const errors = state.errors ?? {};
  const v = state.values ?? {};
  const invalid = (f: ReviewField) =>
    errors[f] ? { 'aria-invalid': true, 'aria-describedby': `rv-${f}-err` } : {};
  return (
    <details className="review-form" open={state.status === 'error'}>
      <summary>Write a review</summary>
      <form action={action} className="stack" noValidate>
        {state.status === 'error' ? <ErrorSummary message={state.message} errors={errors} /> : null}
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="slug" value={slug} />
        <StarRating value={v.rating} error={errors.rating} />
        <label>
          Your name <span className="muted">(shown with the review, optional)</span>
          <input
            id="rv-customerName"
            name="customerName"
            maxLength={80}
            autoComplete="name"
            defaultValue={v.customerName}
            {...invalid('customerName')}
          />
        </label>
        <FieldError id="rv-customerName-err" error={errors.customerName} />
        <label>
          Title <span className="muted">(optional)</span>
          <input id="rv-title" name="title" maxLength={120} defaultValue={v.title} {...invalid('title')} />
        </label>
        <FieldError id="rv-title-err" error={errors.title} />
        <label>
          Review <span className="muted">(at least 10 characters)</span>
          <textarea
            id="rv-content"
            name="content"
            required
            minLength={10}
            maxLength={4000}
            rows={5}
            defaultValue={v.content}
            {...invalid('content')}
          />
        </label>
        <FieldError id="rv-content-err" error={errors.content} />
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Sending…' : 'Submit review'}
        </button>
      </form>
    </details>
  );
}

/** "Was this helpful?": one vote per shopper, the new count comes back from the API. */
export function HelpfulButton({
  reviewId,
  count,
  csrf,
  author,
}: {
  reviewId: string;
  count: number;
  csrf: string;
  author: string;
}) {
  const [state, action, pending] = useActionState<HelpfulState, FormData>(voteHelpful, {});
  const n = state.count ?? count;
  const people = `${n} ${n === 1 ? 'person' : 'people'} found this helpful`;
  if (state.voted)
    return (
      <p role="status" className="helpful muted">
        Thanks for your feedback. {people}.
      </p>
    );
  return (
    <form action={action} className="helpful">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="reviewId" value={reviewId} />
      {n > 0 ? <span className="muted">{people}.</span> : null}
      <button type="submit" className="link-button" disabled={pending}>
        Helpful<span className="sr-only">: the review by {author}</span>
      </button>
      {state.error ? (
        <span role="alert" className="field-error">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}
