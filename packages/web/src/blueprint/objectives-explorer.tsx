import { useState } from 'react'
import { type BlueprintFilter, filterBlueprint, NO_FILTER } from './blueprint-filter.ts'
import type { BlueprintDomain } from './blueprint-types.ts'
import { domainObjectives, summarizeCoverage } from './coverage-status.ts'
import { DomainSection } from './domain-section.tsx'
import { FilterBar } from './filter-bar.tsx'

/** Domains, task statements and objectives with a filter; every task statement starts expanded. */
export function ObjectivesExplorer({ domains }: { domains: BlueprintDomain[] }) {
  const [filter, setFilter] = useState<BlueprintFilter>(NO_FILTER)
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const shown = filterBlueprint(domains, filter)
  const total = summarizeCoverage(domainObjectives(domains))
  const matching = domainObjectives(shown).length
  const toggle = (taskId: string) =>
    setCollapsed((previous) => {
      const next = new Set(previous)
      if (!next.delete(taskId)) next.add(taskId)
      return next
    })
  const allTaskIds = domains.flatMap((d) => d.taskStatements.map((t) => t.id))
  return (
    <section aria-labelledby="objectives-heading" className="objectives">
      <h2 id="objectives-heading">Domains, task statements and objectives</h2>
      <p>
        {total.objectives} objectives: {total.gaps} with gaps, {total.uncovered} with no questions,
        lessons or flashcards at all.
      </p>
      <FilterBar filter={filter} onChange={setFilter} />
      <div className="explorer-bar">
        <p role="status" className="explorer-bar__status">
          Showing {matching} of {total.objectives} objectives
        </p>
        <div className="explorer-bar__actions">
          <button type="button" onClick={() => setCollapsed(new Set())}>
            Expand all
          </button>
          <button type="button" onClick={() => setCollapsed(new Set(allTaskIds))}>
            Collapse all
          </button>
        </div>
      </div>
      {shown.length === 0 && <p className="empty">No objectives match this filter.</p>}
      {shown.map((domain) => (
        <DomainSection
          key={domain.id}
          domain={domain}
          isExpanded={(taskId) => !collapsed.has(taskId)}
          onToggle={toggle}
        />
      ))}
    </section>
  )
}
