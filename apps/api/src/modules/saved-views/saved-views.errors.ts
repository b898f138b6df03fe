import { conflict, forbidden } from '../../platform/errors.ts';

/**
 * The codes saved views answer with beyond the platform's generic ones (VALIDATION_FAILED,
 * NOT_FOUND, FORBIDDEN): problem+json `code`, a typo is a type error.
 */
export type SavedViewErrorCode = 'DUPLICATE_VIEW_NAME';

/** 409 with the name field's error, for the form to show beside it. */
export const duplicateViewName = (name: string) =>
  conflict('DUPLICATE_VIEW_NAME' satisfies SavedViewErrorCode, `You already have a view named "${name}"`, {
    errors: [{ path: 'name', message: 'is already the name of one of your views' }],
  });

/** 409 for a name a built-in view has: its tab would be ambiguous. */
export const builtInViewName = (name: string) =>
  conflict('DUPLICATE_VIEW_NAME' satisfies SavedViewErrorCode, `"${name}" is a built-in view`, {
    errors: [{ path: 'name', message: 'is the name of a built-in view' }],
  });

export const notYourView = () => forbidden('Only the owner of a view may change or delete it');
export const builtInView = () => forbidden('Built-in views cannot be changed or deleted');
