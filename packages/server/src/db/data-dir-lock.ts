import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseOpenError } from './open-error.ts'

/** Marks a data dir as owned by one process; PGlite corrupts its files if two processes open them. */
export const LOCK_FILE = 'certforge.pid'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return error instanceof Error && 'code' in error && error.code === 'EPERM'
  }
}

function claim(file: string): boolean {
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' })
    return true
  } catch {
    return false
  }
}

/**
 * Takes the data dir for this process or says which process holds it. A lock left by a crashed
 * process is taken over, so a crash never needs manual cleanup. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE)
  if (!claim(file)) {
    const holder = Number.parseInt(readFileSync(file, 'utf8'), 10)
    if (Number.isInteger(holder) && alive(holder)) {
      throw new DatabaseOpenError(
        'CERTFORGE_DATA_DIR',
        `CERTFORGE_DATA_DIR: ${dataDir} is in use by another certforge process (pid ${holder}) (expected one server per data dir; stop it, or set CERTFORGE_DATA_DIR to another folder)`,
      )
    }
    rmSync(file, { force: true })
    if (!claim(file))
      throw new DatabaseOpenError(
        'CERTFORGE_DATA_DIR',
        `CERTFORGE_DATA_DIR: could not lock ${dataDir} (expected a writable folder)`,
      )
  }
  return () => rmSync(file, { force: true })
}
