import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { toProblem } from '../platform/http/problem.ts';
import type { Logger } from '../platform/logger.ts';
import { type GraphQLContext, operationKindPlugin } from './context.ts';
import { costLimitPlugin, depthLimitRule, type GraphQLLimits } from './limits.ts';
import { scalarResolvers, scalarTypeDefs } from './scalars.ts';

/** A module's slice of the schema: SDL that `extend`s Query/Mutation, and its resolvers. */
export type GraphQLModule = { typeDefs: string; resolvers: Record<string, Record<string, unknown>> };

function mergeResolvers(modules: GraphQLModule[]) {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const { resolvers } of [{ typeDefs: '', resolvers: scalarResolvers }, ...modules]) {
    for (const [type, fields] of Object.entries(resolvers)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}

/**
 * Domain errors become `extensions.code` (and the HTTP-equivalent status), a 503 included (the
 * database restarting, a store's busy write queue: the client should retry); anything else is
 * hidden.
 */
function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const problem = toProblem(original);
    if (problem.status < 500 || problem.status === 503) {
      return {
        message: problem.detail,
        path: formatted.path,
        extensions: {
          code: problem.code,
          status: problem.status,
          ...(problem.errors ? { errors: problem.errors } : {}),
        },
      };
    }
    if (formatted.extensions?.code && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    logger.error({ err: original }, 'graphql error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL' } };
  };
}

export function createApolloServer(
  modules: GraphQLModule[],
  logger: Logger,
  limits: GraphQLLimits,
  plugins: ApolloServerPlugin<GraphQLContext>[] = [],
) {
  return new ApolloServer<GraphQLContext>({
    typeDefs: [scalarTypeDefs, ...modules.map((m) => m.typeDefs)],
    resolvers: mergeResolvers(modules),
    introspection: true,
    // The process's own shutdown (main.ts) stops Apollo; its signal handlers would race ours.
    stopOnTerminationSignals: false,
    formatError: formatError(logger),
    validationRules: [depthLimitRule(limits.maxDepth)],
    plugins: [costLimitPlugin<GraphQLContext>(limits.maxCost), operationKindPlugin, ...plugins],
  });
}
