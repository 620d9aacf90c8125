import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { createDatabase, type Database } from './database.ts'
import { DatabaseOpenError, describeCause, redactDatabaseUrl, scrubPassword } from './open-error.ts'
import type { DatabaseTables } from './tables.ts'

export type PostgresOptions = {
  /** Keep every table in this schema (tests use a fresh one per run). */
  schema?: string
  /** An idle pooled connection failed (server restart); the pool replaces it on next use. */
  onIdleError?: (error: Error) => void
}

const CONNECT_TIMEOUT_MS = 5_000
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

/** Connects to a PostgreSQL server and checks it answers before anything else starts. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const { schema } = options
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new RangeError(`schema ${schema} is not a plain identifier (expected ${SCHEMA_NAME})`)
  }
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  })
  // Without a listener an idle-client error would crash the process.
  pool.on('error', (error) => options.onIdleError?.(error))
  const kysely = new Kysely<DatabaseTables>({ dialect: new PostgresDialect({ pool }) })
  const location = redactDatabaseUrl(url)
  try {
    await sql`select 1`.execute(kysely)
  } catch (error) {
    await kysely.destroy()
    const reason = scrubPassword(describeCause(error), url)
    throw new DatabaseOpenError(
      'DATABASE_URL',
      `DATABASE_URL: cannot connect to ${location}: ${reason}`,
    )
  }
  return createDatabase(kysely, {
    kind: 'postgres',
    location,
    ...(schema === undefined ? {} : { schema }),
  })
}
