import { ExamFormatSchema } from '@certforge/core'
import { z } from 'zod'

const Counts = { items: z.number().int(), lessons: z.number().int(), flashcards: z.number().int() }

export const ExamSchema = z.object({ code: z.string(), name: z.string(), version: z.string() })

/** The response shape of `blueprintView` from @certforge/core; the route's types check they agree. */
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
