import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import { lockDataDir } from './data-dir-lock.ts'
import { createDatabase, type Database } from './database.ts'
import { DatabaseOpenError, describeCause } from './open-error.ts'
import type { DatabaseTables } from './tables.ts'

/** The folder under the data dir that holds the embedded database. */
export const PGLITE_FOLDER = 'pglite'

/**
 * Opens the embedded PostgreSQL (PGlite) in `<dataDir>/pglite`, or in memory without a data dir
 * (tests). The same SQL and repositories as a PostgreSQL server.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const folder = dataDir === undefined ? undefined : join(dataDir, PGLITE_FOLDER)
  let pglite: PGlite
  let release = () => {}
  try {
    if (folder !== undefined) {
      await mkdir(folder, { recursive: true })
      release = lockDataDir(dataDir ?? folder)
    }
    pglite = new PGlite(folder)
    await pglite.waitReady
  } catch (error) {
    release()
    if (error instanceof DatabaseOpenError) throw error
    throw new DatabaseOpenError(
      'CERTFORGE_DATA_DIR',
      `CERTFORGE_DATA_DIR: cannot open the embedded database in ${folder}: ${describeCause(error)} (expected a writable folder; set CERTFORGE_DATA_DIR)`,
      { cause: error },
    )
  }
  const kysely = new Kysely<DatabaseTables>({ dialect: new PGliteDialect(pglite) })
  const opened = createDatabase(kysely, { kind: 'pglite', location: folder ?? 'memory' })
  const db: Database = {
    ...opened,
    close: async () => {
      await opened.close()
      release()
    },
  }
  // Kysely only closes a driver it has used, so touch it once; this also proves the files open.
  await db.ping()
  return db
}
