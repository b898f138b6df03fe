import { z } from 'zod';
import { Uuid } from '../../platform/http/schemas.ts';

/** The lists that have saved views; the admin's list names them in `?resource=`. */
export const VIEW_RESOURCES = ['orders'] as const;
export type ViewResource = (typeof VIEW_RESOURCES)[number];
export const Resource = z.enum(VIEW_RESOURCES);

export const MAX_FILTERS = 20;
/** Bytes of the filters as JSON: a view is a handful of query parameters, not a document. */
export const MAX_FILTERS_BYTES = 2048;

const FilterKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/, 'must be a parameter name (letters, digits, _ . -)');
const FilterValue = z.string().max(200, 'must be at most 200 characters');

/** A flat record of strings (the list's query parameters), at most 20 of them and 2 KB as JSON. */
export const ViewFiltersSchema = z
  .record(FilterKey, FilterValue)
  .refine((f) => Object.keys(f).length <= MAX_FILTERS, `must have at most ${MAX_FILTERS} filters`)
  .refine(
    (f) => Buffer.byteLength(JSON.stringify(f)) <= MAX_FILTERS_BYTES,
    `must be at most ${MAX_FILTERS_BYTES} bytes as JSON`,
  );

const Name = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters');

export const SavedViewsQuery = z.strictObject({ resource: Resource });

export const CreateSavedViewBody = z.strictObject({
  resource: Resource,
  name: Name,
  filters: ViewFiltersSchema,
  shared: z.boolean().default(false).describe('Visible (read-only) to everyone in the team'),
});
export type CreateSavedViewInput = z.output<typeof CreateSavedViewBody>;

export const UpdateSavedViewBody = z
  .strictObject({
    name: Name.optional(),
    filters: ViewFiltersSchema.optional(),
    shared: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to update' });
export type UpdateSavedViewInput = z.output<typeof UpdateSavedViewBody>;

/** A stored view's id, or a built-in view's (`builtin-…`), which answers 403 to a change. */
export const SavedViewParams = z.object({
  id: z.union([Uuid, z.string().regex(/^builtin-[a-z0-9-]{1,40}$/)], { error: 'must be a view id' }),
});
