import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openPglite } from './pglite.ts'
import { describeRepositoryContract } from './repository.contract.ts'

describeRepositoryContract('PGlite', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'certforge-pglite-'))
  const db = await openPglite(dataDir)
  return {
    ...db,
    async close() {
      await db.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
})
