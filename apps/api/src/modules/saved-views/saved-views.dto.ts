import { z } from 'zod';
import type { ViewFilters } from './saved-views.schema.ts';

export const SavedViewDto = z.object({
  id: z.string().describe('A UUID, or `builtin-…` for a built-in view'),
  resource: z.string(),
  name: z.string(),
  filters: z.record(z.string(), z.string()).describe("The list's query parameters"),
  shared: z.boolean(),
  builtIn: z.boolean().describe('Comes with the admin: cannot be changed or deleted'),
  editable: z.boolean().describe("The caller's own view: they may rename, change or delete it"),
  owner: z
    .object({ id: z.string(), name: z.string().nullable(), email: z.string() })
    .nullable()
    .describe('Who saved it; null for a built-in view'),
  createdAt: z.iso.datetime().nullable(),
});
export type SavedViewDto = z.infer<typeof SavedViewDto>;

export const SavedViewList = z.strictObject({
  data: z.array(SavedViewDto).describe("Built-in views first, then the caller's own, then the team's shared"),
});

export type SavedViewRow = {
  id: string;
  userId: string;
  resource: string;
  name: string;
  filters: ViewFilters;
  shared: boolean;
  createdAt: Date;
  ownerName: string | null;
  ownerEmail: string;
};

/** A stored view as the API answers it; `editable` when the caller owns it. */
export const toSavedViewDto = (row: SavedViewRow, callerId: string): SavedViewDto => ({
  id: row.id,
  resource: row.resource,
  name: row.name,
  filters: row.filters,
  shared: row.shared,
  builtIn: false,
  editable: row.userId === callerId,
  owner: { id: row.userId, name: row.ownerName, email: row.ownerEmail },
  createdAt: row.createdAt.toISOString(),
});
