import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import { conflict } from '../../platform/errors.ts';

/** Runs a write whose only unique constraint is a slug; a clash becomes 409 DUPLICATE_SLUG. */
export async function slugGuard<T>(what: string, slug: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err))
      throw conflict('DUPLICATE_SLUG', `A ${what} with slug "${slug}" already exists`, {
        errors: [{ path: 'slug', message: `is already used by another ${what}` }],
      });
    throw err;
  }
}

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Escapes LIKE wildcards in user text. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Removes control characters (but keeps newlines and tabs) from shopper-supplied plain text. */
export const plainText = (text: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();

/** Leaves out keys whose value is undefined, so a PUT changes only the fields it names. */
export const defined = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
