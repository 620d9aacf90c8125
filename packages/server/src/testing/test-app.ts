import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { type AppDeps, createApp } from '../app.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import type { App } from '../routes/route-types.ts'
import { inlinePack } from './inline-pack.ts'

export const FIXED_NOW = new Date('2026-05-04T10:20:30.000Z')

/**
 * A migrated in-memory PGlite for one test file, closed after it. Opening PGlite takes seconds,
 * so a file shares one; its tests use their own rows or restore what they change.
 */
export async function openTestDatabase(): Promise<Database> {
  const db = await openPglite()
  await db.migrate()
  afterAll(() => db.close())
  return db
}

/** A folder removed after the test file. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `certforge-${prefix}-`))
  afterAll(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** The app over the inline pack, a fixed clock and no web build, unless a test says otherwise. */
export function testApp(db: Database, overrides: Partial<AppDeps> = {}): App {
  return createApp({
    config: { webDir: join(tmpdir(), 'certforge-no-web-build') },
    db,
    content: inlinePack(),
    clock: () => FIXED_NOW,
    ...overrides,
  })
}
