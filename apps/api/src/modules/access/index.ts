/** Access: permissions in practice (who may do what), staff management, API keys, the audit log. */

export { accessRoutes } from './access.routes.ts';
export type { AccessTables } from './access.schema.ts';
export { createInvitationService, type InvitationService } from './invitations.service.ts';
export { API_KEY_PREFIX, createAdminAccess } from './principals.ts';
