import type { z } from 'zod';
import type { TenantTx } from '../../platform/db/pool.ts';
import { accessRepository as repo } from './access.repository.ts';
import type { AuditQuery } from './access.validators.ts';

/** Reads the audit log, newest first, a page at a time (keyset on `seq`). */
export async function listAudit(tx: TenantTx, q: z.output<typeof AuditQuery>) {
  const rows = await repo.listAudit(tx, q);
  return {
    data: rows.map(({ tenantId: _t, actorType, userId, apiKeyId, ...rest }) => ({
      ...rest,
      actor: { type: actorType, userId, apiKeyId },
    })),
    nextBefore: rows.length === q.limit ? (rows.at(-1)?.seq ?? null) : null,
  };
}
