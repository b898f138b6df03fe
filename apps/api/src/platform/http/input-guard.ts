import type { RequestHandler } from 'express';
import { type FieldError, invalid } from '../errors.ts';

/** Longest Idempotency-Key we keep (the column and the contract's limit). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

const NUL = '\u0000';

/** Paths (dotted) of every string or key under `value` that holds a NUL byte. */
function nulPaths(value: unknown, path: string, found: string[]): void {
  if (found.length >= 20) return;
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(path || '(root)');
  } else if (value !== null && typeof value === 'object') {
    // Arrays too: their entries are keyed by index.
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key.includes(NUL)) found.push(at);
      nulPaths(item, at, found);
    }
  }
}

function undecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** What is wrong with a request's URL (`req.originalUrl`) before any route looks at it, if anything. */
export function urlFault(url: string): 'encoding' | 'nul' | null {
  if (undecodablePath(url.split('?')[0] ?? '')) return 'encoding';
  return /%00/i.test(url) || url.includes(NUL) ? 'nul' : null;
}

/**
 * Input that no route can store or route: broken percent-encoding in the path, a NUL byte anywhere
 * (PostgreSQL text cannot hold one), an over-long Idempotency-Key. Refused once here, before any
 * router decodes a parameter or any string reaches the database, instead of in every schema.
 */
export const rejectHostileInput: RequestHandler = (req, _res, next) => {
  const fault = urlFault(req.originalUrl);
  if (fault === 'encoding') {
    next(invalid('The URL path is not valid percent-encoding', [{ path: 'path', message: 'bad encoding' }]));
    return;
  }
  const errors: FieldError[] = [];
  if (fault === 'nul') errors.push({ path: 'url', message: 'must not contain a NUL byte' });
  const found: string[] = [];
  nulPaths(req.query, '', found);
  nulPaths(req.body, '', found);
  errors.push(...found.map((path) => ({ path, message: 'must not contain a NUL byte' })));
  const key = req.header('idempotency-key');
  if (key !== undefined && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH))
    errors.push({
      path: 'headers.idempotency-key',
      message: `must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    });
  next(errors.length > 0 ? invalid('The request is not valid', errors) : undefined);
};
