import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UsageError } from '../io.ts'

/** The repository's own content folder, used when the command runs outside the repo. */
const BUNDLED_CONTENT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../content')

/** `--content DIR`, else `./content` when it exists, else the content shipped with certforge. */
export function resolveContentRoot(option: string | undefined, cwd: string): string {
  if (option !== undefined) {
    const dir = isAbsolute(option) ? option : join(cwd, option)
    if (!existsSync(dir))
      throw new UsageError(
        `--content ${option}: no such folder (expected the folder holding <exam>/blueprint.yaml)`,
      )
    return dir
  }
  const local = join(cwd, 'content')
  return existsSync(local) ? local : BUNDLED_CONTENT
}
