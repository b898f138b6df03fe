export type * from './cart.schema.ts';
