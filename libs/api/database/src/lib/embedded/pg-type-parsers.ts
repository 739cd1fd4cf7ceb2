import { types, type ParserOptions } from '@electric-sql/pglite';
import * as pg from 'pg';

/**
 * The embedded database must hand TypeORM the same JavaScript values as `pg` does, or code tested on one back
 * end breaks on the other: int8 as string (it may exceed 2^53), dates and timestamps without time zone in
 * local time, intervals as objects, bytea as Buffer. So PGlite uses `pg`'s own parsers for these types.
 */
const ALIGNED_TYPES = [
  types.INT8,
  types.DATE,
  types.TIMESTAMP,
  types.TIMESTAMPTZ,
  types.INTERVAL,
  types.BYTEA,
  types.NUMERIC,
];

export function pgCompatibleParsers(): ParserOptions {
  return Object.fromEntries(
    ALIGNED_TYPES.map((oid) => {
      const parse = pg.types.getTypeParser(oid, 'text') as (value: string) => unknown;
      return [oid, (value: string) => parse(value)];
    }),
  );
}
