import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';

/** Migrations are plain SQL files in apps/api/migrations, applied in name order. */
export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../migrations',
);

/** The table Kysely's migrator kept; databases upgraded before this migrator keep their history. */
const HISTORY = 'kysely_migration';
/** Any constant: serialises API processes and workers that start (and migrate) at once. */
const MIGRATION_LOCK = 7_420_001;

export type MigrationFile = { name: string; sql: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (f) => ({
      name: f.replace(/\.sql$/, ''),
      sql: await readFile(path.join(dir, f), 'utf8'),
    })),
  );
}

/**
 * What to apply, strictly in name order. The applied migrations must be exactly the first ones
 * by name (as a set: databases upgraded before 0720 applied some out of order, which is history
 * and harmless once all of them are in). A pending migration that sorts before an applied one
 * would run in a different order here than on a fresh database, so it is refused: renumber it.
 */
export function pendingInOrder(all: MigrationFile[], applied: ReadonlySet<string>): MigrationFile[] {
  const known = new Set(all.map((m) => m.name));
  const missing = [...applied].filter((name) => !known.has(name));
  if (missing.length > 0) throw new Error(`Applied migration ${missing.sort()[0]} has no file`);
  const pending = all.filter((m) => !applied.has(m.name));
  const lastApplied = [...applied].sort().at(-1);
  const early = pending.find((m) => lastApplied !== undefined && m.name < lastApplied);
  if (early)
    throw new Error(
      `Migration ${early.name} sorts before the applied ${lastApplied}: it would run out of order; give it a later number`,
    );
  return pending;
}

/**
 * Applies every pending migration in name order, all in one transaction under an advisory lock
 * (so a failure leaves the database as it was); throws with the failing migration's name.
 * Returns the names applied.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>, dir = MIGRATIONS_DIR): Promise<string[]> {
  const all = await readMigrations(dir);
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(tx);
    await sql`create table if not exists ${sql.table(HISTORY)} (
      name varchar(255) primary key, timestamp varchar(255) not null)`.execute(tx);
    const done = await sql<{ name: string }>`select name from ${sql.table(HISTORY)}`.execute(tx);
    const pending = pendingInOrder(all, new Set(done.rows.map((r) => r.name)));
    for (const m of pending) {
      try {
        await sql.raw(m.sql).execute(tx);
      } catch (error) {
        throw new Error(
          `Migration failed in ${m.name}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      await sql`insert into ${sql.table(HISTORY)} (name, timestamp) values (${m.name}, ${new Date().toISOString()})`.execute(
        tx,
      );
    }
    return pending.map((m) => m.name);
  });
}
