import { z } from 'zod';
import { PERMISSIONS } from '../../platform/auth/permissions.ts';

const Uuid = z.uuid();
const StoreIds = z
  .array(Uuid)
  .max(500)
  .nullable()
  .describe('Stores the user may see; null for every store of the tenant');

export const CreateApiKeyBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(PERMISSIONS)).min(1).max(PERMISSIONS.length),
});

export const UpdateUserBody = z
  .strictObject({
    name: z.string().trim().max(200).nullable().optional(),
    role: z.enum(['ADMIN', 'STAFF']).optional(),
    storeIds: StoreIds.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to update' });

export const InviteBody = z.strictObject({
  email: z.email().max(254),
  role: z.enum(['ADMIN', 'STAFF']),
  storeIds: StoreIds.optional(),
});

export const AcceptInvitationBody = z.strictObject({
  token: z.string().min(20).max(200),
  password: z.string().min(8, 'must be at least 8 characters').max(1024),
  name: z.string().trim().max(200).optional(),
});

const IsoDate = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
export const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Cursor: the `seq` of the last entry of the previous page. */
  before: z.coerce.number().int().min(1).optional(),
  userId: Uuid.optional(),
  apiKeyId: Uuid.optional(),
  storeId: Uuid.optional(),
  method: z.enum(['POST', 'PUT', 'PATCH', 'DELETE', 'GRAPHQL']).optional(),
  since: IsoDate.optional(),
  until: IsoDate.optional(),
});
