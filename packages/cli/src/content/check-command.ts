import { buildPack, type ContentIssue, formatIssue, type PackResult } from '@certforge/core'
import { readPackSources } from '@certforge/server/pack-reader'
import type { Io } from '../io.ts'
import { readItemHistory } from './item-history.ts'

export type CheckOptions = { contentRoot: string; history: boolean }

/** Loads the pack plus its item history, reporting where the immutability rule could not run. */
export async function checkPack(options: CheckOptions, io: Io): Promise<PackResult> {
  const sources = await readPackSources(options.contentRoot, io.cwd)
  if (!options.history) return buildPack(sources)
  const history = await readItemHistory(options.contentRoot)
  if (!history.ok) {
    io.stderr.write(
      `certforge: immutability NOT checked: ${history.reason} (run inside a git clone, or pass --no-history to silence this)\n`,
    )
    return buildPack(sources)
  }
  return buildPack({ ...sources, history: history.history })
}

function summary(result: PackResult, issues: ContentIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length
  const warnings = issues.length - errors
  const { items, lessons, flashcards, guide, blueprints } = result.pack
  return `content check: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (${blueprints.length} blueprint, ${items.length} items, ${lessons.length} lessons, ${flashcards.length} flashcards, ${guide.length} guide pages)\n`
}

/** `certforge content check`: every problem as path:line: message, exit 1 if any is an error. */
export async function contentCheck(options: CheckOptions, io: Io): Promise<number> {
  const result = await checkPack(options, io)
  for (const issue of result.issues) io.stdout.write(`${formatIssue(issue)}\n`)
  io.stdout.write(summary(result, result.issues))
  return result.issues.some((i) => i.severity === 'error') ? 1 : 0
}
