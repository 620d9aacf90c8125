import { randomBytes } from 'node:crypto'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { describe, test } from 'vitest'
import { redactDatabaseUrl } from './open-error.ts'
import { openPostgres } from './postgres.ts'
import { describeRepositoryContract } from './repository.contract.ts'

const url = process.env.DATABASE_URL
const HOW = 'DATABASE_URL=postgres://user:password@127.0.0.1:5432/db npx vitest run packages/server'

if (url === undefined || url === '') {
  // console.warn fails tests here, so the skip notice goes straight to stderr.
  process.stderr.write(
    `\nSKIPPED: PostgreSQL repository contract (DATABASE_URL is not set; run ${HOW})\n\n`,
  )
  describe.skip(`PostgreSQL repository contract: SKIPPED because DATABASE_URL is not set (run ${HOW})`, () => {
    test('runs only against a real PostgreSQL server', () => {})
  })
} else {
  const serverUrl = url
  describeRepositoryContract(`PostgreSQL (${redactDatabaseUrl(serverUrl)})`, async () => {
    // A fresh schema per run, so parallel runs and an app database on the same server never collide.
    const schema = `certforge_test_${randomBytes(6).toString('hex')}`
    const admin = new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }),
    })
    await sql`create schema ${sql.id(schema)}`.execute(admin)
    const db = await openPostgres(serverUrl, { schema })
    return {
      ...db,
      async close() {
        await db.close()
        await sql`drop schema ${sql.id(schema)} cascade`.execute(admin)
        await admin.destroy()
      },
    }
  })
}
