/** A problem from the API (an ApiError or anything shaped like one). */
type ProblemLike = {
  status?: number;
  problem?: { code?: string; detail?: string; errors?: Array<{ path: string; message: string }> };
};

const isProblem = (e: unknown): e is ProblemLike =>
  typeof e === 'object' && e !== null && 'status' in e && typeof (e as ProblemLike).status === 'number';

/** The sentence a shopper sees for a failed call: the problem's detail, never internals. */
export function shopperMessage(error: unknown): string {
  if (isProblem(error)) {
    const p = error.problem ?? {};
    if (p.code === 'INSUFFICIENT_STOCK') return 'Sorry, there is not enough stock for that.';
    if (error.status === 402) {
      const detail = p.detail ?? '';
      return /gift card/i.test(detail) ? detail : 'Your card was declined. Try another card.';
    }
    if (error.status === 429) return 'Too many attempts. Please wait a minute and try again.';
    if (error.status === 401) return 'Your session expired. Please sign in again.';
    const field = p.errors?.[0];
    return field ? `${field.path}: ${field.message}` : (p.detail ?? 'Something went wrong.');
  }
  if (error instanceof TypeError || (error as { status?: unknown } | null)?.status === 'FETCH_ERROR')
    return 'You seem to be offline. Check your connection and try again.';
  return 'Something went wrong. Please try again.';
}
