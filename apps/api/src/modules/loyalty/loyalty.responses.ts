import { z } from 'zod';
import { ListEnvelopeOf } from '../../platform/http/schemas.ts';

/** What the loyalty routes answer (checked in tests with VALIDATE_RESPONSES=1; see platform/http). */
export const ProgramResponse = z.strictObject({
  isActive: z.boolean(),
  pointsPerUnit: z.number().int(),
  pointValueMinor: z.number().int(),
  minRedeemPoints: z.number().int(),
});

const LedgerEntry = z.strictObject({
  id: z.string(),
  type: z.string(),
  points: z.number().int(),
  balanceAfter: z.number().int(),
  orderId: z.string().nullable(),
  reason: z.string().nullable(),
  reference: z.string().nullable(),
  createdAt: z.string(),
});

export const AccountResponse = z.strictObject({
  balance: z.number().int(),
  /** The points' worth as a decimal string in the store currency. */
  value: z.string(),
  ledger: ListEnvelopeOf(LedgerEntry),
});

export const AdjustResponse = z.strictObject({ balance: z.number().int() });

export const RedeemResponse = z.strictObject({
  balance: z.number().int(),
  giftCard: z.strictObject({ code: z.string(), balance: z.string(), currency: z.string() }),
});
