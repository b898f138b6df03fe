import type { GraphQLModule } from '../graphql/schema.ts';
import type { RouteDef } from '../platform/http/route.ts';

/** What an area of the platform contributes to the HTTP app. */
export type Wiring = { routes: RouteDef[]; graphql: GraphQLModule[] };
