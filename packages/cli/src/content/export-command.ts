import { writeFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { exportPack, formatIssue } from '@certforge/core'
import { type Io, UsageError } from '../io.ts'
import { checkPack } from './check-command.ts'

/** `certforge content export --json FILE`: refuses to export a pack that has errors. */
export async function contentExport(
  options: { contentRoot: string; file: string },
  io: Io,
): Promise<number> {
  const result = await checkPack({ contentRoot: options.contentRoot, history: false }, io)
  const errors = result.issues.filter((i) => i.severity === 'error')
  if (errors.length > 0) {
    for (const issue of errors) io.stderr.write(`${formatIssue(issue)}\n`)
    io.stderr.write(
      `content export: not written, the pack has ${errors.length} errors (expected none; fix them and export again)\n`,
    )
    return 1
  }
  const target = isAbsolute(options.file) ? options.file : join(io.cwd, options.file)
  try {
    await writeFile(target, `${JSON.stringify(exportPack(result.pack), null, 2)}\n`)
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error)
    throw new UsageError(
      `--json ${options.file}: cannot write the file (${reason}; expected a path in an existing, writable folder)`,
    )
  }
  const { items, lessons, flashcards } = result.pack
  io.stdout.write(
    `content export: wrote ${options.file} (${items.length} items, ${lessons.length} lessons, ${flashcards.length} flashcards)\n`,
  )
  return 0
}
