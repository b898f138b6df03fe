import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { RequestHandler } from 'express';
import { GraphQLError, getNullableType, isListType, isObjectType, type ValidationRule } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DomainError } from '../platform/errors.ts';
import type { RateLimiter } from '../platform/kv/rate-limit.ts';

/** How deep and how costly one GraphQL operation may be (GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_COST). */
export type GraphQLLimits = { maxDepth: number; maxCost: number };

/** Items a paged field returns when the query names no `limit` (the resolvers' default). */
const DEFAULT_PAGE = 20;
/** Items assumed for a list field that takes no `limit` (variants, children, order items…). */
const DEFAULT_LIST = 10;

/**
 * Cost ≈ the number of fields the answer can hold: each field costs 1 plus its selection times how
 * many items it may return. A paged field counts its `limit` (its `data` list is then counted once);
 * any other list counts DEFAULT_LIST. Introspection is bounded by the schema and costs 1.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 1;
  let size = 1;
  if (field.args.some((a) => a.name === 'limit'))
    size = typeof args.limit === 'number' && args.limit > 0 ? args.limit : DEFAULT_PAGE;
  else if (isListType(getNullableType(field.type))) {
    const inPage = isObjectType(type) && field.name === 'data' && 'total' in type.getFields();
    size = inPage ? 1 : DEFAULT_LIST;
  }
  return 1 + size * childComplexity;
};

/** Refuses operations nested deeper than `maxDepth` selection levels (introspection exempt). */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return maxDepthRule({
    n: maxDepth,
    ignoreIntrospection: true,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        context?.reportError(
          new GraphQLError(
            `The query is nested ${found ?? 'too many'} levels deep; the limit is ${maxDepth}`,
            { extensions: { code: 'QUERY_TOO_DEEP', limit: maxDepth, depth: Number(found) || null } },
          ),
        );
      },
    ],
  }) as ValidationRule;
}

/**
 * Refuses an operation whose cost (see costEstimator, with the request's variables) is above
 * `maxCost`, before any resolver runs.
 */
export function costLimitPlugin<C extends object>(maxCost: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [costEstimator],
              maxQueryNodes: Number.POSITIVE_INFINITY,
            });
          } catch {
            return; // invalid variables: execution reports them properly
          }
          if (cost > maxCost)
            throw new GraphQLError(
              `The query may cost ${cost}, above the limit of ${maxCost}: ask for fewer items (limit) or fields`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: maxCost, http: { status: 400 } } },
            );
        },
      };
    },
  };
}

/** The REST per-IP limiter in front of /graphql too (one budget per client), answering as GraphQL. */
export function graphqlRateLimit(limiter: RateLimiter): RequestHandler {
  return async (req, res, next) => {
    try {
      await limiter.consume(req.ip ?? 'unknown');
      next();
    } catch (err) {
      if (!(err instanceof DomainError) || err.kind !== 'RATE_LIMITED') throw err;
      res
        .status(429)
        .setHeader('Retry-After', String(Math.ceil(err.details.retryAfterSeconds ?? 1)))
        .json({
          errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', status: 429 } }],
        });
    }
  };
}

/** The per-tenant limiter's refusal as a GraphQL error: HTTP 429 with Retry-After, as REST. */
export function tenantLimitError(err: unknown): unknown {
  if (!(err instanceof DomainError) || err.kind !== 'RATE_LIMITED') return err;
  const retryAfter = String(Math.ceil(err.details.retryAfterSeconds ?? 1));
  return new GraphQLError('Too many requests for this tenant', {
    extensions: {
      code: 'RATE_LIMITED',
      status: 429,
      http: { status: 429, headers: new HeaderMap([['retry-after', retryAfter]]) },
    },
  });
}
