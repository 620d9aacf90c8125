import type { Kysely } from 'kysely'
import type { DatabaseTables, JsonValue } from '../tables.ts'

/** Per-learner settings of the web app, as JSON values under short keys. */
export interface PreferencesRepository {
  all(userId: string): Promise<Record<string, JsonValue>>
  get(userId: string, key: string): Promise<JsonValue | undefined>
  set(userId: string, key: string, value: JsonValue): Promise<void>
}

export function preferencesRepository(db: Kysely<DatabaseTables>): PreferencesRepository {
  return {
    async all(userId) {
      const rows = await db
        .selectFrom('preferences')
        .select(['key', 'value'])
        .where('user_id', '=', userId)
        .orderBy('key')
        .execute()
      return Object.fromEntries(rows.map((row) => [row.key, row.value]))
    },
    async get(userId, key) {
      const row = await db
        .selectFrom('preferences')
        .select('value')
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .executeTakeFirst()
      return row?.value
    },
    async set(userId, key, value) {
      const json = JSON.stringify(value)
      await db
        .insertInto('preferences')
        .values({ user_id: userId, key, value: json })
        .onConflict((oc) => oc.columns(['user_id', 'key']).doUpdateSet({ value: json }))
        .execute()
    },
  }
}
