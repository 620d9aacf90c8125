import type { Kysely } from 'kysely'
import type { DatabaseTables } from '../tables.ts'

export type User = { id: string; displayName: string; createdAt: Date }

export interface UsersRepository {
  find(id: string): Promise<User | undefined>
  create(user: { id: string; displayName: string }): Promise<User>
}

export function usersRepository(db: Kysely<DatabaseTables>): UsersRepository {
  return {
    async find(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
      return row && { id: row.id, displayName: row.display_name, createdAt: row.created_at }
    },
    async create(user) {
      const row = await db
        .insertInto('users')
        .values({ id: user.id, display_name: user.displayName })
        .returningAll()
        .executeTakeFirstOrThrow()
      return { id: row.id, displayName: row.display_name, createdAt: row.created_at }
    },
  }
}
