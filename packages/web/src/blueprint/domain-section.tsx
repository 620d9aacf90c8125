import type { BlueprintDomain } from './blueprint-types.ts'
import { domainObjectives, summarizeCoverage } from './coverage-status.ts'
import { TaskStatement } from './task-statement.tsx'

type DomainSectionProps = {
  domain: BlueprintDomain
  isExpanded: (taskId: string) => boolean
  onToggle: (taskId: string) => void
}

export function DomainSection({ domain, isExpanded, onToggle }: DomainSectionProps) {
  const summary = summarizeCoverage(domainObjectives([domain]))
  const headingId = `domain-${domain.id}`
  return (
    <section className="domain" data-domain-id={domain.id} aria-labelledby={headingId}>
      <h3 id={headingId} className="domain__heading">
        <span>
          Domain {domain.id}: {domain.title}
        </span>{' '}
        <span className="domain__weight">{domain.weight}% of scored content</span>
      </h3>
      <p className="domain__summary">
        {summary.objectives} objectives · {summary.gaps} with gaps · {summary.uncovered} with no
        coverage
      </p>
      {domain.taskStatements.map((task) => (
        <TaskStatement
          key={task.id}
          task={task}
          expanded={isExpanded(task.id)}
          onToggle={onToggle}
        />
      ))}
    </section>
  )
}
