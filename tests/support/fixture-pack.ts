import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const MINI_PACK = join(import.meta.dirname, '../fixtures/mini-pack')

/** A private copy of the mini pack under `<tmp>/content`, so tests can plant errors freely. */
export function copyMiniPack(): { root: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'certforge-pack-'))
  const content = join(root, 'content')
  cpSync(MINI_PACK, content, { recursive: true })
  return { root, content }
}

/** Replaces one exact piece of text in a file, failing loudly if it is not there. */
export function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8')
  if (!text.includes(from)) throw new Error(`edit: ${JSON.stringify(from)} not found in ${file}`)
  writeFileSync(file, text.replace(from, to))
}
