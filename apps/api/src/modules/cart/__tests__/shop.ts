/** Moved to `test/shop.ts` (shared test fixtures); kept so older imports keep compiling. */
export * from '../../../../test/shop.ts';
