'use server';
import { createHash } from 'node:crypto';
import { ApiError } from '@ventory/sdk';
import { cookies } from 'next/headers';
import { markHelpful } from '@/lib/api/catalog';
import { client } from '@/lib/api/client';
import { assertCsrf } from '@/lib/csrf';
import { shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';

/**
 * Review actions return their outcome as data (useActionState), so the form keeps what the shopper
 * typed and shows each error beside its field; without script, React re-renders the page with the
 * same state after the plain POST.
 */
export type ReviewField = 'rating' | 'title' | 'content' | 'customerName';
export type ReviewFormState = {
  status: 'idle' | 'sent' | 'error';
  message?: string;
  errors?: Partial<Record<ReviewField, string>>;
  values?: Partial<Record<ReviewField, string>>;
};
export type HelpfulState = { count?: number; voted?: boolean; error?: string };

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The shopper's input checked as the API would, with messages written for the shopper. */
function check(values: Record<ReviewField, string>) {
  const errors: Partial<Record<ReviewField, string>> = {};
  if (!/^[1-5]$/.test(values.rating)) errors.rating = 'Choose a rating from 1 to 5 stars.';
  if (values.content.length < 10)
    errors.content = 'Tell other shoppers a little more (at least 10 characters).';
  else if (values.content.length > 4000) errors.content = 'Keep the review under 4,000 characters.';
  if (values.title.length > 120) errors.title = 'Keep the title under 120 characters.';
  if (values.customerName.length > 80) errors.customerName = 'Keep the name under 80 characters.';
  return errors;
}

/** An API refusal as shopper-facing state: field problems beside their fields, else one message. */
function refused(error: unknown, values: ReviewFormState['values']): ReviewFormState {
  if (error instanceof ApiError) {
    const errors: Partial<Record<ReviewField, string>> = {};
    for (const e of error.problem?.errors ?? []) {
      const field = e.path.split('.')[0] as ReviewField;
      if (['rating', 'title', 'content', 'customerName'].includes(field)) errors[field] = e.message;
    }
    const message =
      error.status === 404
        ? 'This product can no longer be reviewed.'
        : Object.keys(errors).length > 0
          ? 'Please check the highlighted fields.'
          : 'Your review could not be sent. Please try again.';
    return { status: 'error', message, errors, values };
  }
  const expired = error instanceof Error && /form expired/.test(error.message);
  return {
    status: 'error',
    message: expired ? error.message : 'Your review could not be sent. Please try again.',
    values,
  };
}

/** Sends a shopper's review (guest or signed in); the API holds it for moderation. */
export async function submitReview(_prev: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const values = {
    rating: text(form, 'rating'),
    title: text(form, 'title'),
    content: text(form, 'content'),
    customerName: text(form, 'customerName'),
  };
  try {
    await assertCsrf(form);
  } catch (error) {
    return refused(error, values);
  }
  const errors = check(values);
  if (Object.keys(errors).length > 0)
    return { status: 'error', message: 'Please check the highlighted fields.', errors, values };
  try {
    const store = await requireStore();
    await client(null).storefront.reviews.create(
      store.domain,
      text(form, 'slug'),
      {
        rating: Number(values.rating),
        title: values.title || undefined,
        content: values.content,
        customerName: values.customerName || undefined,
      },
      await shopperToken(),
    );
  } catch (error) {
    return refused(error, values);
  }
  return { status: 'sent', message: 'Thanks, your review will appear after moderation.' };
}

/**
 * A "helpful" vote, counted once per shopper by the API: the signed-in customer, else this
 * browser, keyed by a hash of its CSRF cookie (random per browser, never sent to the API as is).
 */
export async function voteHelpful(_prev: HelpfulState, form: FormData): Promise<HelpfulState> {
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const csrf = (await cookies()).get('vc_csrf')?.value ?? '';
    const session = createHash('sha256').update(`helpful:${csrf}`).digest('hex');
    const res = await markHelpful(store, text(form, 'reviewId'), { token: await shopperToken(), session });
    return { count: res.helpfulCount, voted: true };
  } catch {
    return { error: 'Your vote could not be counted. Please try again.' };
  }
}
