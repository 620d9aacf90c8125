import type { CoverageCounts } from '@certforge/core'
import type { BlueprintDomain, BlueprintObjective } from './blueprint-types.ts'

/**
 * 'none': no live item, lesson or flashcard. 'partial': at least one of the three is missing,
 * which is what core's coverage report counts as a gap. 'full': all three exist.
 */
export type CoverageStatus = 'none' | 'partial' | 'full'

export const COVERAGE_KINDS = [
  'items',
  'lessons',
  'flashcards',
] as const satisfies readonly (keyof CoverageCounts)[]

export function coverageStatus(counts: CoverageCounts): CoverageStatus {
  const present = COVERAGE_KINDS.filter((kind) => counts[kind] > 0).length
  if (present === 0) return 'none'
  return present === COVERAGE_KINDS.length ? 'full' : 'partial'
}

export function isGap(counts: CoverageCounts): boolean {
  return coverageStatus(counts) !== 'full'
}

export type CoverageSummary = { objectives: number; gaps: number; uncovered: number }

export function summarizeCoverage(objectives: readonly CoverageCounts[]): CoverageSummary {
  const statuses = objectives.map(coverageStatus)
  return {
    objectives: objectives.length,
    gaps: statuses.filter((s) => s !== 'full').length,
    uncovered: statuses.filter((s) => s === 'none').length,
  }
}

export function domainObjectives(domains: readonly BlueprintDomain[]): BlueprintObjective[] {
  return domains.flatMap((d) => d.taskStatements.flatMap((t) => t.objectives))
}
