import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { z } from 'zod';
import {
  isCheckViolation,
  isDatabaseUnavailable,
  isForeignKeyViolation,
  isInvalidTextRepresentation,
  isNotNullViolation,
  isStringTooLong,
  isTransactionRace,
  isUniqueViolation,
} from '../db/pg-errors.ts';
import { DomainError, type ErrorKind, type FieldError } from '../errors.ts';
import type { Logger } from '../logger.ts';

const PROBLEM_BY_KIND = {
  INVALID: { status: 400, title: 'Invalid request' },
  UNAUTHENTICATED: { status: 401, title: 'Unauthorized' },
  FORBIDDEN: { status: 403, title: 'Forbidden' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  CONFLICT: { status: 409, title: 'Conflict' },
  PAYMENT_DECLINED: { status: 402, title: 'Payment declined' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Payload too large' },
  UNPROCESSABLE: { status: 422, title: 'Unprocessable request' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  BAD_GATEWAY: { status: 502, title: 'Bad gateway' },
  UNAVAILABLE: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<ErrorKind, { status: number; title: string }>;

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
  traceId?: string;
  [extension: string]: unknown;
};

export function zodFieldErrors(error: z.ZodError, prefix: string[] = []): FieldError[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.') || '(root)',
    message: issue.message,
  }));
}

/**
 * Constraint violations that a service did not translate itself, mapped once: a duplicate or a
 * dangling reference is a conflict with the current state, a value the schema refuses is invalid.
 */
function constraintProblem(err: unknown): DomainError | null {
  if (isUniqueViolation(err))
    return new DomainError('CONFLICT', 'DUPLICATE', 'Something with these values already exists');
  if (isForeignKeyViolation(err))
    return new DomainError(
      'CONFLICT',
      'INVALID_REFERENCE',
      'A referenced record does not exist or is in use',
    );
  if (isCheckViolation(err) || isNotNullViolation(err))
    return new DomainError(
      'INVALID',
      'CONSTRAINT_VIOLATED',
      'A value in the request breaks a rule of the data',
    );
  if (isInvalidTextRepresentation(err) || isStringTooLong(err))
    return new DomainError('INVALID', 'VALIDATION_FAILED', 'A value in the request is not valid');
  return null;
}

/** The database is away (restart, failover): a 503 the client may retry after a moment. */
export const databaseUnavailable = () =>
  new DomainError('UNAVAILABLE', 'DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly', {
    retryAfterSeconds: 2,
  });

/** Renders any thrown value as RFC 9457 problem details; unknown errors become a bare 500. */
export function toProblem(err: unknown, traceId?: string): Problem {
  if (err instanceof DomainError) {
    const { status, title } = PROBLEM_BY_KIND[err.kind];
    const { errors, retryAfterSeconds: _retry, ...extensions } = err.details;
    return {
      type: `https://docs.ventory.dev/problems/${err.code.toLowerCase().replaceAll('_', '-')}`,
      title,
      status,
      detail: err.message,
      code: err.code,
      ...(errors ? { errors } : {}),
      ...extensions,
      traceId,
    };
  }
  if (err instanceof z.ZodError) {
    return toProblem(
      new DomainError('INVALID', 'VALIDATION_FAILED', 'The request is not valid', {
        errors: zodFieldErrors(err),
      }),
      traceId,
    );
  }
  if (isDatabaseUnavailable(err)) return toProblem(databaseUnavailable(), traceId);
  if (isTransactionRace(err))
    return toProblem(
      new DomainError('UNAVAILABLE', 'TRY_AGAIN', 'The request met a concurrent change; try it again', {
        retryAfterSeconds: 1,
      }),
      traceId,
    );
  // Safety net: what the database refused because of the request's values is the client's error.
  const refused = constraintProblem(err);
  if (refused) return toProblem(refused, traceId);
  const httpError = err as { status?: number; type?: string; expose?: boolean } | null;
  if (httpError?.type === 'entity.parse.failed') {
    return toProblem(
      new DomainError('INVALID', 'MALFORMED_JSON', 'The request body is not valid JSON'),
      traceId,
    );
  }
  if (httpError?.type === 'entity.too.large') {
    return toProblem(
      new DomainError('PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE', 'The request body is too large'),
      traceId,
    );
  }
  if (httpError?.expose && httpError.status && httpError.status >= 400 && httpError.status < 500) {
    return toProblem(new DomainError('INVALID', 'BAD_REQUEST', 'The request could not be read'), traceId);
  }
  return {
    type: 'about:blank',
    title: 'Internal server error',
    status: 500,
    detail: 'Something went wrong on our side',
    code: 'INTERNAL',
    traceId,
  };
}

/**
 * A problem is this request's answer at this moment: no cache keeps it, whatever the route had
 * set before it failed (a storefront page's shared-cache headers, an image's year).
 */
export function sendProblem(res: Response, problem: Problem): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(problem.status).type('application/problem+json').json(problem);
}

export function problemMiddleware(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const traceId = String(req.id ?? '');
    const problem = toProblem(err, traceId);
    // A known outage (503) is a warning, already explained by the health of the dependency.
    if (problem.status === 503) logger.warn({ code: problem.code, traceId }, problem.detail);
    else if (problem.status >= 500) logger.error({ err, traceId }, 'unhandled error');
    const retryAfter =
      err instanceof DomainError ? err.details.retryAfterSeconds : problem.status === 503 ? 2 : undefined;
    if (retryAfter !== undefined) res.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
    if (res.headersSent) return;
    sendProblem(res, problem);
  };
}

export const notFoundRoute: RequestHandler = (req, _res, next) => {
  next(new DomainError('NOT_FOUND', 'ROUTE_NOT_FOUND', `No route for ${req.method} ${req.path}`));
};
