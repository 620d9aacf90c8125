import type { Blueprint } from './blueprint-schema.ts'
import { type CoverageCounts, computeCoverage } from './coverage.ts'
import type { ContentPack } from './pack.ts'

/** The blueprint as the web app shows it: the exam guide's structure with coverage counts. */
export type BlueprintView = {
  exam: Blueprint['exam']
  format: Blueprint['format']
  domains: {
    id: string
    title: string
    weight: number
    taskStatements: {
      id: string
      title: string
      objectives: (CoverageCounts & {
        id: string
        kind: 'knowledge' | 'skill'
        description: string
      })[]
    }[]
  }[]
  services: (CoverageCounts & {
    slug: string
    name: string
    formerNames: string[]
    category: string
  })[]
  totals: { objectives: number; liveItems: number; lessons: number; flashcards: number }
}

export function blueprintView(pack: ContentPack, blueprint: Blueprint): BlueprintView {
  const coverage = computeCoverage(pack, blueprint)
  const byObjective = new Map(coverage.objectives.map((o) => [o.id, o]))
  const byService = new Map(coverage.services.map((s) => [s.slug, s]))
  const zero = { items: 0, lessons: 0, flashcards: 0 }
  return {
    exam: blueprint.exam,
    format: blueprint.format,
    domains: blueprint.domains.map((d) => ({
      id: d.id,
      title: d.title,
      weight: d.weight,
      taskStatements: d.taskStatements.map((t) => ({
        id: t.id,
        title: t.title,
        objectives: t.objectives.map((o) => {
          const c = byObjective.get(o.id) ?? zero
          return {
            id: o.id,
            kind: o.kind,
            description: o.description,
            items: c.items,
            lessons: c.lessons,
            flashcards: c.flashcards,
          }
        }),
      })),
    })),
    services: blueprint.services.map((s) => {
      const c = byService.get(s.slug) ?? zero
      return {
        slug: s.slug,
        name: s.name,
        formerNames: s.formerNames,
        category: s.category,
        items: c.items,
        lessons: c.lessons,
        flashcards: c.flashcards,
      }
    }),
    totals: {
      objectives: coverage.objectives.length,
      liveItems: pack.items.filter((i) => i.status === 'live').length,
      lessons: pack.lessons.length,
      flashcards: pack.flashcards.length,
    },
  }
}
