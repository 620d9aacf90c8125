import type { Config } from '../config.ts'
import type { Database } from './database.ts'
import { openPglite } from './pglite.ts'
import { openPostgres, type PostgresOptions } from './postgres.ts'

/** PostgreSQL when `DATABASE_URL` is set, otherwise the embedded PGlite under the data dir. */
export function openDatabase(
  config: Pick<Config, 'dataDir' | 'databaseUrl'>,
  options: Pick<PostgresOptions, 'onIdleError'> = {},
): Promise<Database> {
  return config.databaseUrl === undefined
    ? openPglite(config.dataDir)
    : openPostgres(config.databaseUrl, options)
}
