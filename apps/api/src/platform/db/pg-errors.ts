/** The SQLSTATE of a PostgreSQL error, when `err` is one. */
function sqlState(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : undefined;
}

export const isUniqueViolation = (err: unknown) => sqlState(err) === '23505';
export const isForeignKeyViolation = (err: unknown) => sqlState(err) === '23503';
/** 22P02 invalid text (e.g. not a uuid), 22003 numeric out of range. */
export const isInvalidTextRepresentation = (err: unknown) =>
  ['22P02', '22003', '22007', '22008'].includes(sqlState(err) ?? '');
export const isNotNullViolation = (err: unknown) => sqlState(err) === '23502';
/** 22001 string too long for its column, 22021 a byte sequence text cannot hold (NUL). */
export const isStringTooLong = (err: unknown) => ['22001', '22021'].includes(sqlState(err) ?? '');
export const isCheckViolation = (err: unknown) => sqlState(err) === '23514';
/** The constraint a violation names (e.g. `store_domains_pkey`). */
export const violatedConstraint = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'constraint' in err && typeof err.constraint === 'string'
    ? err.constraint
    : undefined;

/**
 * The database cannot be reached or dropped the connection: class 08 (connection exception),
 * 57P01-57P03 (admin/crash shutdown, cannot connect now), the driver's own connection errors and
 * the socket errors under them. Such a request may be retried once the database is back (503).
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const code = sqlState(err);
  if (
    code &&
    (code.startsWith('08') ||
      [
        '57P01',
        '57P02',
        '57P03',
        'ECONNREFUSED',
        'ECONNRESET',
        'EPIPE',
        'ETIMEDOUT',
        'ENOTFOUND',
        'EAI_AGAIN',
        'EHOSTUNREACH',
      ].includes(code))
  )
    return true;
  const message = err instanceof Error ? err.message : '';
  return /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|Connection terminated unexpectedly/i.test(
    message,
  );
}

/** 40001 serialization failure, 40P01 deadlock: the transaction lost a race; a retry may succeed. */
export const isTransactionRace = (err: unknown) => ['40001', '40P01'].includes(sqlState(err) ?? '');
