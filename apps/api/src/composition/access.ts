import { accessRoutes, createAdminAccess, createInvitationService } from '../modules/access/index.ts';
import type { Mailer } from '../modules/notifications/index.ts';
import type { Platform } from '../platform/platform.ts';
import type { Wiring } from './wiring.ts';

/** Who may do what: the route runner's authentication (tokens, API keys), staff, the audit log. */
export function wireAccess(platform: Platform, mailer: Mailer) {
  const adminAccess = createAdminAccess({ db: platform.db, verifyToken: (t) => platform.tokens.verify(t) });
  const invitations = createInvitationService({
    db: platform.db,
    tokens: platform.tokens,
    mailer,
    logger: platform.logger,
    adminUrl: platform.config.adminUrl,
  });
  const wiring: Wiring = { routes: accessRoutes(invitations), graphql: [] };
  return { adminAccess, ...wiring };
}
