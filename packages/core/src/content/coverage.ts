import type { Blueprint } from './blueprint-schema.ts'
import { scorableQuestions } from './item-schema.ts'
import type { ContentPack } from './pack.ts'

export type CoverageCounts = { items: number; lessons: number; flashcards: number }

export type ObjectiveCoverage = CoverageCounts & {
  id: string
  kind: 'knowledge' | 'skill'
  description: string
  taskStatement: string
  domain: string
}

export type ServiceCoverage = CoverageCounts & { slug: string; name: string; category: string }

export type CoverageReport = {
  exam: string
  objectives: ObjectiveCoverage[]
  services: ServiceCoverage[]
  /** Objectives and services with no live item, no lesson or no flashcard. */
  gaps: { kind: 'objective' | 'service'; id: string; missing: (keyof CoverageCounts)[] }[]
}

function bump(map: Map<string, CoverageCounts>, key: string, field: keyof CoverageCounts): void {
  const counts = map.get(key)
  if (counts) counts[field]++
}

/** Counts live items (case-study sub-items one by one), lessons and flashcards per objective and service. */
export function computeCoverage(pack: ContentPack, blueprint: Blueprint): CoverageReport {
  const exam = blueprint.exam.code
  const objectiveCounts = new Map<string, CoverageCounts>()
  const serviceCounts = new Map<string, CoverageCounts>()
  for (const domain of blueprint.domains) {
    for (const task of domain.taskStatements) {
      for (const objective of task.objectives)
        objectiveCounts.set(objective.id, { items: 0, lessons: 0, flashcards: 0 })
    }
  }
  for (const service of blueprint.services)
    serviceCounts.set(service.slug, { items: 0, lessons: 0, flashcards: 0 })

  for (const item of pack.items.filter((i) => i.status === 'live')) {
    for (const question of scorableQuestions(item)) {
      for (const objective of question.objectives[exam] ?? [])
        bump(objectiveCounts, objective, 'items')
    }
    for (const service of item.services) bump(serviceCounts, service, 'items')
  }
  for (const lesson of pack.lessons) {
    for (const objective of lesson.objectives[exam] ?? [])
      bump(objectiveCounts, objective, 'lessons')
    for (const service of lesson.services) bump(serviceCounts, service, 'lessons')
  }
  for (const card of pack.flashcards) {
    for (const objective of card.objectives[exam] ?? [])
      bump(objectiveCounts, objective, 'flashcards')
    for (const service of card.services) bump(serviceCounts, service, 'flashcards')
  }

  const objectives = blueprint.domains.flatMap((domain) =>
    domain.taskStatements.flatMap((task) =>
      task.objectives.map((o) => ({
        id: o.id,
        kind: o.kind,
        description: o.description,
        taskStatement: task.id,
        domain: domain.id,
        ...(objectiveCounts.get(o.id) ?? { items: 0, lessons: 0, flashcards: 0 }),
      })),
    ),
  )
  const services = blueprint.services.map((s) => ({
    slug: s.slug,
    name: s.name,
    category: s.category,
    ...(serviceCounts.get(s.slug) ?? { items: 0, lessons: 0, flashcards: 0 }),
  }))
  const missing = (c: CoverageCounts) =>
    (['items', 'lessons', 'flashcards'] as const).filter((k) => c[k] === 0)
  const gaps = [
    ...objectives
      .filter((o) => missing(o).length > 0)
      .map((o) => ({ kind: 'objective' as const, id: o.id, missing: missing(o) })),
    ...services
      .filter((s) => missing(s).length > 0)
      .map((s) => ({ kind: 'service' as const, id: s.slug, missing: missing(s) })),
  ]
  return { exam, objectives, services, gaps }
}
