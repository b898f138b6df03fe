import { adminRoute, created, noContent, publicRoute, type RouteDef } from '../../platform/http/route.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import {
  AcceptedInvitationResponse,
  ApiKeyDto,
  ApiKeyList,
  AuditPageDto,
  CreatedApiKeyDto,
  InvitationDto,
  InvitationList,
  UserDto,
  UserList,
} from './access.dto.ts';
import {
  AcceptInvitationBody,
  AuditQuery,
  CreateApiKeyBody,
  InviteBody,
  UpdateUserBody,
} from './access.validators.ts';
import { apiKeyService } from './api-keys.service.ts';
import { listAudit } from './audit.service.ts';
import type { InvitationService } from './invitations.service.ts';
import { staffService } from './staff.service.ts';

/** Staff (users, invitations), API keys and the audit log. */
export function accessRoutes(invitations: InvitationService): RouteDef[] {
  const staff = ['staff'];
  const keys = ['api-keys'];
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/users',
        summary: "List the tenant's users",
        tags: staff,
        response: UserList,
      },
      ({ tx }) => staffService.list(tx),
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/users/:id',
        summary: 'Get a user',
        tags: staff,
        params: IdParams,
        response: UserDto,
      },
      ({ tx, params }) => staffService.get(tx, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: '/api/users/:id',
        summary: "Change a user's role, stores or name",
        tags: staff,
        params: IdParams,
        body: UpdateUserBody,
        response: UserDto,
        requirePermission: 'staff.manage',
      },
      ({ tx, auth, params, body }) => staffService.update(tx, auth, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: '/api/users/:id',
        summary: 'Remove a user',
        tags: staff,
        params: IdParams,
        requirePermission: 'staff.manage',
      },
      async ({ tx, auth, params }) => {
        await staffService.remove(tx, auth, params.id);
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/invitations',
        summary: 'List staff invitations',
        tags: staff,
        response: InvitationList,
        requirePermission: 'staff.manage',
      },
      ({ tx }) => invitations.list(tx),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/invitations',
        summary: 'Invite a staff user by email',
        tags: staff,
        body: InviteBody,
        response: InvitationDto,
        requirePermission: 'staff.manage',
      },
      async ({ tx, auth, body }) => {
        const invitation = await invitations.invite(tx, auth, body);
        return created(`/api/invitations/${invitation.id}`, invitation);
      },
    ),
    adminRoute(
      {
        method: 'delete',
        path: '/api/invitations/:id',
        summary: 'Revoke an open invitation',
        tags: staff,
        params: IdParams,
        requirePermission: 'staff.manage',
      },
      async ({ tx, params }) => {
        await invitations.revoke(tx, params.id);
        return noContent();
      },
    ),
    publicRoute(
      {
        method: 'post',
        path: '/api/auth/invitations/accept',
        summary: 'Accept a staff invitation: set a password and sign in',
        tags: ['auth'],
        body: AcceptInvitationBody,
        response: AcceptedInvitationResponse,
      },
      async ({ body }) => {
        const session = await invitations.accept(body);
        return created(`/api/users/${session.user.id}`, session);
      },
    ),

    adminRoute(
      {
        method: 'get',
        path: '/api/api-keys',
        summary: 'List API keys',
        tags: keys,
        response: ApiKeyList,
        requirePermission: 'apikeys.manage',
      },
      ({ tx }) => apiKeyService.list(tx),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/api-keys',
        summary: 'Create an API key (the secret is shown once)',
        tags: keys,
        body: CreateApiKeyBody,
        response: CreatedApiKeyDto,
        requirePermission: 'apikeys.manage',
      },
      async ({ tx, auth, body }) => {
        const key = await apiKeyService.create(tx, auth, body);
        return created(`/api/api-keys/${key.id}`, key);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/api-keys/:id',
        summary: 'Get an API key',
        tags: keys,
        params: IdParams,
        response: ApiKeyDto,
        requirePermission: 'apikeys.manage',
      },
      ({ tx, params }) => apiKeyService.get(tx, params.id),
    ),
    adminRoute(
      {
        method: 'delete',
        path: '/api/api-keys/:id',
        summary: 'Revoke an API key',
        tags: keys,
        params: IdParams,
        requirePermission: 'apikeys.manage',
      },
      async ({ tx, params }) => {
        await apiKeyService.revoke(tx, params.id);
        return noContent();
      },
    ),

    adminRoute(
      {
        method: 'get',
        path: '/api/audit-log',
        summary: 'The audit log of staff and API-key actions, newest first',
        tags: ['audit'],
        query: AuditQuery,
        response: AuditPageDto,
        requirePermission: 'audit.read',
      },
      ({ tx, query }) => listAudit(tx, query),
    ),
  ];
}
