import { EntityManager, type PostgreSqlConnection, TransactionContext } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type pg from 'pg';

/** A statement of a hot path, sent as a named prepared statement. */
export interface PreparedStatement {
  /** Unique in the app: PostgreSQL keeps one statement per name and connection. */
  readonly name: string;
  /** With `?` placeholders, as `em.execute` takes them. */
  readonly text: string;
  /** The same with `$1`, `$2`... as PostgreSQL takes them. */
  readonly numbered: string;
}

const names = new Set<string>();

/** Declares a prepared statement; `text` uses `?` placeholders (and no `?` elsewhere). */
export function preparedStatement(name: string, text: string): PreparedStatement {
  if (names.has(name)) throw new Error(`two prepared statements are named ${name}`);
  names.add(name);
  let position = 0;
  return { name, text, numbered: text.replace(/\?/g, () => `$${++position}`) };
}

/**
 * A statement built from parts (optional search, cursor...): `variant(key, text)` declares
 * `family:key` on first use, and refuses the same key with another text, so a name never means two
 * statements. The key names the parts that shape the text (never the values, which are parameters).
 */
export function preparedStatementFamily(family: string): (key: string, text: string) => PreparedStatement {
  const variants = new Map<string, PreparedStatement>();
  return (key, text) => {
    let statement = variants.get(key);
    if (!statement) variants.set(key, (statement = preparedStatement(`${family}:${key}`, text)));
    else if (statement.text !== text) throw new Error(`${statement.name} is given two texts`);
    return statement;
  };
}

/**
 * The one way the MikroORM adapters send their hot reads. MikroORM's `em.execute` writes the
 * parameters into the statement text, which PostgreSQL then parses and plans anew each time; here a
 * statement is parsed once per pooled connection and only its parameters travel after that. Inside a
 * unit of work, the statement runs on the transaction's connection through MikroORM, so it sees the
 * transaction's own writes.
 */
@Injectable()
export class PreparedStatements {
  private pool?: Promise<pg.Pool>;

  constructor(private readonly em: EntityManager) {}

  async rows<Row>(statement: PreparedStatement, params: readonly unknown[]): Promise<Row[]> {
    const transaction = TransactionContext.getEntityManager() as EntityManager | undefined;
    if (transaction) return transaction.execute<Row[]>(statement.text, [...params]);
    this.pool ??= (this.em.getConnection() as PostgreSqlConnection).getNativeClient();
    const { rows } = await (
      await this.pool
    ).query<Row & pg.QueryResultRow>({
      name: statement.name,
      text: statement.numbered,
      values: [...params],
    });
    return rows;
  }
}
