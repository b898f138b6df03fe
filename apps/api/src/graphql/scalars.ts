import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function literal(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value)]));
    case Kind.LIST:
      return node.values.map(literal);
    default:
      return null;
  }
}

/** Free-form JSON (settings, attributes), as the seed's JSON fields. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: literal,
});

export const scalarTypeDefs = /* GraphQL */ `
  scalar JSON
  type Query { _health: Boolean! }
  type Mutation { _noop: Boolean }
`;
export const scalarResolvers = {
  JSON: JSONScalar,
  Query: { _health: () => true },
  Mutation: { _noop: () => null },
};
