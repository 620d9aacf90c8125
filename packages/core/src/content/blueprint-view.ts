import { z } from 'zod'
import { type Blueprint, ExamFormatSchema } from './blueprint-schema.ts'
import { computeCoverage } from './coverage.ts'
import type { ContentPack } from './pack.ts'

const Counts = { items: z.number().int(), lessons: z.number().int(), flashcards: z.number().int() }

export const ExamSchema = z.object({ code: z.string(), name: z.string(), version: z.string() })

/**
 * The blueprint as the web app shows it: the exam guide's structure with coverage counts. One
 * schema serves as the TypeScript type, the server's response validation and its OpenAPI document.
 */
export const BlueprintViewSchema = z
  .object({
    exam: ExamSchema,
    format: ExamFormatSchema,
    domains: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        weight: z.number(),
        taskStatements: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            objectives: z.array(
              z.object({
                id: z.string(),
                kind: z.enum(['knowledge', 'skill']),
                description: z.string(),
                ...Counts,
              }),
            ),
          }),
        ),
      }),
    ),
    services: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        formerNames: z.array(z.string()),
        category: z.string(),
        ...Counts,
      }),
    ),
    totals: z.object({
      objectives: z.number().int(),
      liveItems: z.number().int(),
      lessons: z.number().int(),
      flashcards: z.number().int(),
    }),
  })
  .meta({ description: 'The exam guide structure with coverage counts per objective and service' })

export type BlueprintView = z.infer<typeof BlueprintViewSchema>

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
