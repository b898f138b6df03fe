'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { rememberChoice } from '@/lib/consent';
import { assertCsrf } from '@/lib/csrf';
import { text } from '@/lib/forms';

/** The consent banner's answer; the shopper stays on the page they were reading. */
export async function chooseAnalytics(form: FormData) {
  await assertCsrf(form);
  const h = await headers();
  await rememberChoice(text(form, 'choice') === 'yes' ? 'yes' : 'no', h.get('x-forwarded-proto') === 'https');
  let back = '/';
  try {
    const referer = new URL(h.get('referer') ?? '');
    if (referer.host === h.get('host')) back = `${referer.pathname}${referer.search}`;
  } catch {
    // no usable referer: the home page
  }
  redirect(back);
}
