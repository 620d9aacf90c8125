import { type Kysely, type Migration, Migrator } from 'kysely'
import * as initial from './migrations/0001-initial.ts'
import type { DatabaseTables } from './tables.ts'

/**
 * Every migration, in order. Listed in code rather than read from a folder so the server runs
 * from any working directory and a bundle cannot lose one. Never edit a shipped migration: add
 * the next number.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
}

/** Brings the schema up to date; returns the names of the migrations it ran (none when current). */
export async function migrateToLatest(
  db: Kysely<DatabaseTables>,
  schema?: string,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  })
  const { error, results = [] } = await migrator.migrateToLatest()
  const failed = results.find((result) => result.status === 'Error')
  if (error !== undefined) {
    const reason = error instanceof Error ? error.message : String(error)
    const which = failed === undefined ? 'migrations' : `migration ${failed.migrationName}`
    throw new Error(`database ${which} failed: ${reason}`, { cause: error })
  }
  return results.filter((result) => result.status === 'Success').map((r) => r.migrationName)
}
