import { type CoverageReport, computeCoverage } from '@certforge/core'
import { type Io, UsageError } from '../io.ts'
import { checkPack } from './check-command.ts'

export type CoverageOptions = { contentRoot: string; json: boolean; exam?: string }

function cell(n: number): string {
  return n === 0 ? '   -' : String(n).padStart(4)
}

function renderText(report: CoverageReport): string {
  const lines = [
    `Coverage for ${report.exam}   (live items · lessons · flashcards)`,
    '',
    'Objectives',
  ]
  for (const o of report.objectives)
    lines.push(
      `  ${o.id.padEnd(8)} ${cell(o.items)} ${cell(o.lessons)} ${cell(o.flashcards)}  ${o.description}`,
    )
  lines.push('', 'Services')
  for (const s of report.services)
    lines.push(`  ${s.slug.padEnd(44)} ${cell(s.items)} ${cell(s.lessons)} ${cell(s.flashcards)}`)
  const objectiveGaps = report.gaps.filter((g) => g.kind === 'objective')
  const serviceGaps = report.gaps.filter((g) => g.kind === 'service')
  lines.push(
    '',
    `Gaps: ${objectiveGaps.length} of ${report.objectives.length} objectives and ${serviceGaps.length} of ${report.services.length} services lack something`,
  )
  for (const gap of report.gaps)
    lines.push(`  ${gap.kind} ${gap.id}: no ${gap.missing.join(', no ')}`)
  return `${lines.join('\n')}\n`
}

/** `certforge content coverage [--json]`: per objective and service, what covers it and what is missing. */
export async function contentCoverage(options: CoverageOptions, io: Io): Promise<number> {
  const { pack } = await checkPack({ contentRoot: options.contentRoot, history: false }, io)
  const blueprints =
    options.exam === undefined
      ? pack.blueprints
      : pack.blueprints.filter((b) => b.exam.code === options.exam)
  if (blueprints.length === 0) {
    throw new UsageError(
      `--exam ${options.exam ?? ''}: no such blueprint (expected one of ${pack.blueprints.map((b) => b.exam.code).join(', ') || 'none: run certforge content check'})`,
    )
  }
  const reports = blueprints.map((b) => computeCoverage(pack, b))
  io.stdout.write(
    options.json
      ? `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`
      : reports.map(renderText).join('\n'),
  )
  return 0
}
