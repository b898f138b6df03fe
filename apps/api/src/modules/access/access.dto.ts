import { z } from 'zod';
import { TokenPairResponse } from '../../platform/auth/tokens.ts';
import { ListEnvelopeOf } from '../../platform/http/schemas.ts';

export const ApiKeyDto = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the key, to recognise it'),
  scopes: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiKeyDto = z.infer<typeof ApiKeyDto>;
export const CreatedApiKeyDto = ApiKeyDto.extend({
  key: z.string().describe('The secret: shown this once, stored only as a hash'),
});

export const UserDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(['OWNER', 'ADMIN', 'STAFF']),
  storeIds: z.array(z.string()).nullable(),
  permissions: z.array(z.string()),
  createdAt: z.iso.datetime(),
});

export const InvitationDto = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(['ADMIN', 'STAFF']),
  storeIds: z.array(z.string()).nullable(),
  invitedBy: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});

export const UserList = ListEnvelopeOf(UserDto);
export const InvitationList = z.strictObject({ data: z.array(InvitationDto) });
export const ApiKeyList = z.strictObject({ data: z.array(ApiKeyDto) });

/** The new staff user's session, signed in by accepting the invitation. */
export const AcceptedInvitationResponse = TokenPairResponse.extend({
  user: z.strictObject({
    id: z.string(),
    tenantId: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: z.enum(['OWNER', 'ADMIN', 'STAFF']),
    storeIds: z.array(z.string()).nullable(),
  }),
});

export const AuditEntryDto = z.object({
  id: z.string(),
  seq: z.number(),
  occurredAt: z.iso.datetime(),
  actor: z.object({ type: z.enum(['USER', 'API_KEY']), userId: z.string(), apiKeyId: z.string().nullable() }),
  action: z.string(),
  method: z.string(),
  path: z.string(),
  storeId: z.string().nullable(),
  targetId: z.string().nullable(),
  status: z.number(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
});
export const AuditPageDto = z.object({
  data: z.array(AuditEntryDto),
  nextBefore: z.number().nullable().describe('Pass as `before` for the next (older) page'),
});
