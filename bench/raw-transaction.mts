// The raw ceilings' transaction (bench/storefront/raw-server.mts, bench/checkout/raw-reserve-server.mts):
// one pooled connection, `begin` (with whatever session settings ride on it), the work, commit;
// rolled back on an error. No framework, as the ceilings are meant to be.
import type pg from 'pg';

export async function inRawTransaction<T>(
  pool: pg.Pool,
  begin: string,
  run: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await run(client);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
