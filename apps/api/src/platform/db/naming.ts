import {
  CamelCasePlugin,
  type PluginTransformQueryArgs,
  PostgresQueryCompiler,
  type RootOperationNode,
} from 'kysely';

/**
 * camelCase in TypeScript, snake_case in SQL, exactly as Kysely's `CamelCasePlugin` names them,
 * but with the identifiers snake-cased as the compiler writes them (`SnakeCaseCompiler`), not by
 * the plugin's copy of every query's tree before compiling: that copy cost twice the compile
 * itself (7 % of an add to cart's CPU, issue 17). The plugin keeps its other half: the columns of
 * result rows get camelCase keys. The keys inside a column's JSON value are left as stored: they
 * are data (a merchant's `fabric_type` attribute), not names of ours.
 */
export class CamelCaseRows extends CamelCasePlugin {
  constructor() {
    super({ maintainNestedObjectKeys: true });
  }
  override transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  /** The SQL name of a TypeScript identifier (memoized by the plugin). */
  sqlName(identifier: string) {
    return this.snakeCase(identifier);
  }
  /** A row that SQL built as JSON (`json_agg` of a table's rows), named as the row read alone is. */
  rowOf<T>(row: JsonRow): T {
    return this.mapRow(row) as T;
  }
}

/** A row as SQL built it in JSON (`json_agg`), its keys the columns' SQL names. */
export type JsonRow = Record<string, unknown>;

/** The naming of every pool (its identifiers and its rows), and of rows read as JSON. */
export const naming = new CamelCaseRows();

/** Writes every identifier (tables, columns, aliases, schemas, CTE names) in snake_case. */
export class SnakeCaseCompiler extends PostgresQueryCompiler {
  readonly #naming: CamelCaseRows;
  constructor(naming: CamelCaseRows) {
    super();
    this.#naming = naming;
  }
  protected override sanitizeIdentifier(identifier: string) {
    return super.sanitizeIdentifier(this.#naming.sqlName(identifier));
  }
}
