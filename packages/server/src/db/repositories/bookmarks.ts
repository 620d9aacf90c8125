import type { Kysely } from 'kysely'
import type { DatabaseTables } from '../tables.ts'

export type Bookmark = { itemId: string; note: string | null; createdAt: Date }

/** Items a learner marked to come back to, with an optional note. */
export interface BookmarksRepository {
  list(userId: string): Promise<Bookmark[]>
  /** Adds the bookmark, or updates its note and keeps its creation time. */
  save(userId: string, bookmark: Bookmark): Promise<Bookmark>
  /** False when there was no such bookmark. */
  remove(userId: string, itemId: string): Promise<boolean>
}

function toBookmark(row: { item_id: string; note: string | null; created_at: Date }): Bookmark {
  return { itemId: row.item_id, note: row.note, createdAt: row.created_at }
}

export function bookmarksRepository(db: Kysely<DatabaseTables>): BookmarksRepository {
  return {
    async list(userId) {
      const rows = await db
        .selectFrom('item_bookmarks')
        .select(['item_id', 'note', 'created_at'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('item_id')
        .execute()
      return rows.map(toBookmark)
    },
    async save(userId, bookmark) {
      const row = await db
        .insertInto('item_bookmarks')
        .values({
          user_id: userId,
          item_id: bookmark.itemId,
          note: bookmark.note,
          created_at: bookmark.createdAt,
        })
        .onConflict((oc) =>
          oc.columns(['user_id', 'item_id']).doUpdateSet({ note: (eb) => eb.ref('excluded.note') }),
        )
        .returning(['item_id', 'note', 'created_at'])
        .executeTakeFirstOrThrow()
      return toBookmark(row)
    },
    async remove(userId, itemId) {
      const result = await db
        .deleteFrom('item_bookmarks')
        .where('user_id', '=', userId)
        .where('item_id', '=', itemId)
        .executeTakeFirst()
      return result.numDeletedRows > 0n
    },
  }
}
