import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { fromMinor, toMinor } from '../../platform/money.ts';
import { storeCurrency } from '../tenancy/index.ts';
import { analyticsWrites, type ExperimentsTable, type ExperimentVariant } from './analytics.schema.ts';
import type { EventInput, ExperimentInput, ExperimentUpdate } from './analytics.validators.ts';
import * as repo from './experiments.repository.ts';
import { ratio, round, twoProportionZTest, wilsonInterval } from './stats.ts';

type ExperimentRow = Selectable<ExperimentsTable>;

export const toExperimentDto = (e: ExperimentRow) => ({
  id: e.id,
  storeId: e.storeId,
  key: e.key,
  name: e.name,
  status: e.status,
  variants: e.variants,
  goal: e.goal,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

/**
 * The variant of a session: a SHA-256 of experiment id and session id gives a point in
 * [0, 10000) that falls in one variant's share of the split. Same inputs, same variant, on any
 * server; different experiments split the same sessions independently.
 */
export function bucketOf(experimentId: string, sessionId: string, variants: ExperimentVariant[]): string {
  const point = createHash('sha256').update(`${experimentId}:${sessionId}`).digest().readUInt32BE(0) % 10_000;
  let edge = 0;
  for (const v of variants) {
    edge += v.weight * 100;
    if (point < edge) return v.key;
  }
  return (variants[variants.length - 1] as ExperimentVariant).key;
}

/** Stores storefront behaviour events of a session (value in the store's currency). */
export async function recordEvents(
  tx: TenantTx,
  storeId: string,
  customerId: string | null,
  events: EventInput[],
) {
  const currency = await storeCurrency(tx, storeId);
  await repo.insertEvents(
    tx,
    storeId,
    customerId,
    events.map(({ value, ...e }) => ({
      ...e,
      valueMinor: value === undefined ? null : toMinor(value, currency),
    })),
  );
  return { accepted: events.length };
}

export async function createExperiment(tx: TenantTx, storeId: string, input: ExperimentInput) {
  try {
    const row = await analyticsWrites(tx)
      .insertInto('experiments')
      .values({ storeId, ...input, variants: JSON.stringify(input.variants) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toExperimentDto(row);
  } catch (err) {
    if (isUniqueViolation(err))
      throw conflict('DUPLICATE_KEY', `An experiment with key "${input.key}" exists`);
    throw err;
  }
}

export async function listExperiments(tx: TenantTx, storeId: string) {
  const rows = await tx
    .selectFrom('experiments')
    .selectAll()
    .where('storeId', '=', storeId)
    .orderBy('createdAt')
    .execute();
  return { data: rows.map(toExperimentDto), total: rows.length, limit: rows.length, offset: 0 };
}

async function experiment(tx: TenantTx, storeId: string, by: { id?: string; key?: string }) {
  const row = await repo.findExperiment(tx, storeId, by);
  if (!row) throw notFound('Experiment');
  return row;
}

export async function getExperiment(tx: TenantTx, storeId: string, id: string) {
  return toExperimentDto(await experiment(tx, storeId, { id }));
}

export async function updateExperiment(tx: TenantTx, storeId: string, id: string, input: ExperimentUpdate) {
  await experiment(tx, storeId, { id });
  const { variants, ...rest } = input;
  const row = await analyticsWrites(tx)
    .updateTable('experiments')
    .set({ ...rest, ...(variants ? { variants: JSON.stringify(variants) } : {}) })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toExperimentDto(row);
}

/** The session's variant of a running experiment (recorded, sticky); the control when not running. */
export async function assignment(tx: TenantTx, storeId: string, key: string, sessionId: string | undefined) {
  const e = await experiment(tx, storeId, { key });
  if (!sessionId)
    throw invalid('A session id is required', [{ path: 'query.sessionId', message: 'is required' }]);
  const control = (e.variants[0] as ExperimentVariant).key;
  if (e.status !== 'RUNNING') return { experiment: e.key, variant: control, active: false };
  const row = await repo.assign(tx, e.id, sessionId, bucketOf(e.id, sessionId, e.variants));
  return { experiment: e.key, variant: row.variant, active: true, assignedAt: row.assignedAt.toISOString() };
}

/** Conversion per variant, and each variant against the control by a two-proportion z-test. */
export async function experimentReport(tx: TenantTx, storeId: string, id: string) {
  const currency = await storeCurrency(tx, storeId);
  const e = await experiment(tx, storeId, { id });
  const rows = await repo.variantResults(tx, storeId, e.id, e.goal);
  const byKey = new Map(rows.map((r) => [r.variant, r]));
  const stats = e.variants.map((v) => {
    const r = byKey.get(v.key);
    return {
      key: v.key,
      weight: v.weight,
      n: r?.sessions ?? 0,
      x: r?.conversions ?? 0,
      rev: r?.revenueMinor ?? 0,
    };
  });
  const control = stats[0] as (typeof stats)[number];
  return {
    experiment: toExperimentDto(e),
    control: control.key,
    variants: stats.map((s) => ({
      key: s.key,
      weight: s.weight,
      sessions: s.n,
      conversions: s.x,
      conversionRate: ratio(s.x, s.n),
      conversionInterval: wilsonInterval(s.n, s.x),
      revenue: fromMinor(Number(s.rev), currency),
      revenuePerSession:
        s.n === 0 ? fromMinor(0, currency) : fromMinor(Math.round(Number(s.rev) / s.n), currency),
      vsControl:
        s === control ? null : twoProportionZTest({ n: control.n, x: control.x }, { n: s.n, x: s.x }),
    })),
    observedSplit: stats.map((s) => ({
      key: s.key,
      share: round(
        s.n /
          Math.max(
            1,
            stats.reduce((t, o) => t + o.n, 0),
          ),
        4,
      ),
    })),
  };
}
