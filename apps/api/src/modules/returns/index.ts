/** Returns and exchanges on top of orders and the fulfilment flow. */
export type { ReturnErrorCode } from './returns.errors.ts';
export { returnRoutes } from './returns.routes.ts';
export type { ReturnTables } from './returns.schema.ts';
export { createReturnService, type ReturnDto, type ReturnService } from './returns.service.ts';
