import type { BlueprintDomain, BlueprintObjective, BlueprintTask } from './blueprint-types.ts'
import { isGap } from './coverage-status.ts'

export type BlueprintFilter = { text: string; gapsOnly: boolean }

export const NO_FILTER: BlueprintFilter = { text: '', gapsOnly: false }

function searchTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean)
}

function matchesTerms(terms: readonly string[], fields: readonly string[]): boolean {
  const haystack = fields.join(' ').toLowerCase()
  return terms.every((term) => haystack.includes(term))
}

/**
 * The domains, task statements and objectives that pass the filter, in blueprint order. Every
 * word of the text must appear in the objective's id, kind or description, or in the title of its
 * task statement or domain, so "1.2 skill" finds the skills of task 1.2. Emptied task statements
 * and domains are left out.
 */
export function filterBlueprint(
  domains: readonly BlueprintDomain[],
  filter: BlueprintFilter,
): BlueprintDomain[] {
  const terms = searchTerms(filter.text)
  const keep = (o: BlueprintObjective, t: BlueprintTask, d: BlueprintDomain) =>
    (!filter.gapsOnly || isGap(o)) &&
    matchesTerms(terms, [o.id, o.kind, o.description, t.id, t.title, d.title])
  return domains
    .map((d) => ({
      ...d,
      taskStatements: d.taskStatements
        .map((t) => ({ ...t, objectives: t.objectives.filter((o) => keep(o, t, d)) }))
        .filter((t) => t.objectives.length > 0),
    }))
    .filter((d) => d.taskStatements.length > 0)
}

export function isFiltering(filter: BlueprintFilter): boolean {
  return filter.gapsOnly || searchTerms(filter.text).length > 0
}
