import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Database } from './database.ts'
import { LOCAL_USER_ID } from './local-user.ts'
import { MIGRATIONS } from './migrate.ts'

const MONDAY = new Date('2026-03-02T09:15:30.123Z')
const TUESDAY = new Date('2026-03-03T18:45:00.000Z')

/**
 * The behaviour every database behind the repositories must share, written once and run by
 * `pglite.test.ts` and `postgres.test.ts`. `makeDb` returns a fresh, unmigrated database that
 * `close()` removes; tests create their own users so none depends on another's rows.
 */
export function describeRepositoryContract(name: string, makeDb: () => Promise<Database>): void {
  describe(`${name} repository contract`, () => {
    let db: Database
    let firstMigration: string[]

    beforeAll(async () => {
      db = await makeDb()
      firstMigration = await db.migrate()
    })
    afterAll(async () => {
      await db?.close()
    })

    async function newUser(): Promise<string> {
      const user = await db.repositories.users.create({
        id: `user-${randomUUID()}`,
        displayName: 'A learner',
      })
      return user.id
    }

    test('migrations run once, in order, and running them again changes nothing', async () => {
      expect(firstMigration).toEqual(Object.keys(MIGRATIONS))
      expect(await db.migrate()).toEqual([])
      expect(await db.migrate()).toEqual([])
    })

    test('the local user exists after migrating', async () => {
      const local = await db.repositories.users.find(LOCAL_USER_ID)
      expect(local?.id).toBe(LOCAL_USER_ID)
      expect(await db.repositories.users.find('nobody')).toBeUndefined()
    })

    test('ping answers', async () => {
      await expect(db.ping()).resolves.toBeUndefined()
    })

    test('lesson progress round-trips and a repeat keeps the first completion', async () => {
      const { progress } = db.repositories
      const user = await newUser()
      expect(await progress.find(user, 's3-basics')).toBeUndefined()
      expect(await progress.markCompleted(user, 's3-basics', MONDAY)).toEqual({
        lessonId: 's3-basics',
        completedAt: MONDAY,
      })
      expect(await progress.markCompleted(user, 's3-basics', TUESDAY)).toEqual({
        lessonId: 's3-basics',
        completedAt: MONDAY,
      })
      await progress.markCompleted(user, 'glue-jobs', TUESDAY)
      expect(await progress.list(user)).toEqual([
        { lessonId: 's3-basics', completedAt: MONDAY },
        { lessonId: 'glue-jobs', completedAt: TUESDAY },
      ])
      await progress.clear(user, 's3-basics')
      expect(await progress.find(user, 's3-basics')).toBeUndefined()
      expect(await progress.list(user)).toEqual([{ lessonId: 'glue-jobs', completedAt: TUESDAY }])
    })

    test('bookmarks round-trip; saving again updates the note and keeps the creation time', async () => {
      const { bookmarks } = db.repositories
      const user = await newUser()
      await bookmarks.save(user, { itemId: 'q-00000001', note: null, createdAt: MONDAY })
      const updated = await bookmarks.save(user, {
        itemId: 'q-00000001',
        note: 'tricky',
        createdAt: TUESDAY,
      })
      expect(updated).toEqual({ itemId: 'q-00000001', note: 'tricky', createdAt: MONDAY })
      await bookmarks.save(user, { itemId: 'q-00000002', note: null, createdAt: TUESDAY })
      expect(await bookmarks.list(user)).toEqual([
        { itemId: 'q-00000001', note: 'tricky', createdAt: MONDAY },
        { itemId: 'q-00000002', note: null, createdAt: TUESDAY },
      ])
      expect(await bookmarks.remove(user, 'q-00000001')).toBe(true)
      expect(await bookmarks.remove(user, 'q-00000001')).toBe(false)
      expect((await bookmarks.list(user)).map((b) => b.itemId)).toEqual(['q-00000002'])
    })

    test('preferences round-trip every kind of JSON value and overwrite by key', async () => {
      const { preferences } = db.repositories
      const user = await newUser()
      const values = {
        array: ['a', 1, null],
        flag: true,
        nothing: null,
        number: 1.5,
        object: { nested: { list: [1, 2] } },
        text: 'dark',
      }
      for (const [key, value] of Object.entries(values)) await preferences.set(user, key, value)
      expect(await preferences.all(user)).toEqual(values)
      await preferences.set(user, 'text', 'light')
      expect(await preferences.get(user, 'text')).toBe('light')
      expect(await preferences.get(user, 'nothing')).toBeNull()
      expect(await preferences.get(user, 'missing')).toBeUndefined()
    })

    test("a user never sees another user's rows", async () => {
      const { progress, bookmarks, preferences } = db.repositories
      const alice = await newUser()
      const bob = await newUser()
      await progress.markCompleted(alice, 'only-alice', MONDAY)
      await bookmarks.save(alice, { itemId: 'q-0000000a', note: 'mine', createdAt: MONDAY })
      await preferences.set(alice, 'theme', 'dark')
      expect(await progress.list(bob)).toEqual([])
      expect(await progress.find(bob, 'only-alice')).toBeUndefined()
      expect(await bookmarks.list(bob)).toEqual([])
      expect(await bookmarks.remove(bob, 'q-0000000a')).toBe(false)
      expect(await preferences.all(bob)).toEqual({})
      await preferences.set(bob, 'theme', 'light')
      await progress.clear(bob, 'only-alice')
      expect(await preferences.get(alice, 'theme')).toBe('dark')
      expect(await progress.find(alice, 'only-alice')).toEqual({
        lessonId: 'only-alice',
        completedAt: MONDAY,
      })
    })

    test('rows for an unknown user are refused by the foreign key', async () => {
      await expect(db.repositories.progress.markCompleted('ghost', 'x', MONDAY)).rejects.toThrow()
    })
  })
}
