import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { LOCK_FILE, lockDataDir } from './data-dir-lock.ts'
import { openPglite } from './pglite.ts'

test('a second server on the same data dir is refused with the holder pid, and allowed after close', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'certforge-lock-'))
  const first = await openPglite(dir)
  await expect(openPglite(dir)).rejects.toThrow(
    `CERTFORGE_DATA_DIR: ${dir} is in use by another certforge process (pid ${process.pid})`,
  )
  await first.close()
  const again = await openPglite(dir)
  await again.close()
})

test('a lock left by a process that no longer exists is taken over', () => {
  const dir = mkdtempSync(join(tmpdir(), 'certforge-lock-'))
  // Pids are capped well below 2^22 on Linux, so this one cannot be running.
  writeFileSync(join(dir, LOCK_FILE), '4194999')
  const release = lockDataDir(dir)
  expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(String(process.pid))
  release()
  expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
})
