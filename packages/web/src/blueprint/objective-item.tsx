import type { BlueprintObjective } from './blueprint-types.ts'
import { CoverageCounts } from './coverage-counts.tsx'
import { type CoverageStatus, coverageStatus } from './coverage-status.ts'

const BADGES: Record<CoverageStatus, string | undefined> = {
  none: 'No coverage',
  partial: 'Partial coverage',
  full: undefined,
}

export function ObjectiveItem({ objective }: { objective: BlueprintObjective }) {
  const status = coverageStatus(objective)
  const badge = BADGES[status]
  return (
    <li className="objective" data-objective-id={objective.id} data-coverage={status}>
      <p className="objective__head">
        <span className="objective__id">{objective.id}</span>
        <span className="objective__kind">
          {objective.kind === 'knowledge' ? 'Knowledge' : 'Skill'}
        </span>
        {badge && <span className={`badge badge--${status}`}>{badge}</span>}
      </p>
      <p className="objective__text">{objective.description}</p>
      <CoverageCounts counts={objective} />
    </li>
  )
}
