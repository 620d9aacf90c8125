import { type Kysely, sql } from 'kysely'
import { migrateToLatest } from './migrate.ts'
import { type BookmarksRepository, bookmarksRepository } from './repositories/bookmarks.ts'
import { type PreferencesRepository, preferencesRepository } from './repositories/preferences.ts'
import { type ProgressRepository, progressRepository } from './repositories/progress.ts'
import { type UsersRepository, usersRepository } from './repositories/users.ts'
import type { DatabaseTables } from './tables.ts'

export type Repositories = {
  users: UsersRepository
  progress: ProgressRepository
  bookmarks: BookmarksRepository
  preferences: PreferencesRepository
}

export type DatabaseKind = 'pglite' | 'postgres'

/** An open database: PGlite or PostgreSQL behind the same Kysely dialect and repositories. */
export type Database = {
  kind: DatabaseKind
  /** Where the data lives, safe to log: a folder, or the URL without its password. */
  location: string
  kysely: Kysely<DatabaseTables>
  repositories: Repositories
  /** Runs pending migrations; returns their names (none when the schema is current). */
  migrate(): Promise<string[]>
  /** Rejects when the database does not answer `SELECT 1`. */
  ping(): Promise<void>
  close(): Promise<void>
}

export function createRepositories(db: Kysely<DatabaseTables>): Repositories {
  return {
    users: usersRepository(db),
    progress: progressRepository(db),
    bookmarks: bookmarksRepository(db),
    preferences: preferencesRepository(db),
  }
}

export function createDatabase(
  kysely: Kysely<DatabaseTables>,
  options: { kind: DatabaseKind; location: string; schema?: string },
): Database {
  return {
    kind: options.kind,
    location: options.location,
    kysely,
    repositories: createRepositories(kysely),
    migrate: () => migrateToLatest(kysely, options.schema),
    async ping() {
      await sql`select 1`.execute(kysely)
    },
    close: () => kysely.destroy(),
  }
}
