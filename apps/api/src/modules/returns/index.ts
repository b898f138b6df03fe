/** Returns and exchanges on top of orders and the fulfilment flow. */

export type { ReturnDto } from './returns.dto.ts';
export type { ReturnErrorCode } from './returns.errors.ts';
export { returnRoutes } from './returns.routes.ts';
export type { ReturnTables } from './returns.schema.ts';
export { createReturnService, type ReturnService } from './returns.service.ts';
