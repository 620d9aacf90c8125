import { z } from 'zod'
import { EXAM_CODE, SLUG, TASK_ID } from './ids.ts'
import { ObjectiveMapSchema } from './item-schema.ts'

/** Front matter of a lesson file; the Markdown body follows it. */
export const LessonFrontMatterSchema = z.strictObject({
  id: z.string().regex(SLUG, 'kebab-case lesson id like s3-storage-classes'),
  title: z.string().trim().min(3),
  taskStatements: z
    .record(
      z.string().regex(EXAM_CODE, 'exam code like MLA-C01'),
      z.array(z.string().regex(TASK_ID, 'task id like 1.1')).min(1),
    )
    .refine(
      (map) => Object.keys(map).length > 0,
      'at least one exam code with its task statements',
    ),
  objectives: ObjectiveMapSchema,
  services: z.array(z.string().regex(SLUG, 'service slug like amazon-s3')).default([]),
  minutes: z.number().int().min(1).max(120),
  order: z.number().int().min(0).default(100),
})

export type LessonFrontMatter = z.infer<typeof LessonFrontMatterSchema>
export type Lesson = LessonFrontMatter & { body: string; keyFacts: string[] }

/** A lesson must close with this section; the reader shows it as the key facts box. */
export const KEY_FACTS_HEADING = /^##\s+Key facts\s*$/im

/** The bullet lines of the "Key facts" section, without their markers. */
export function extractKeyFacts(body: string): string[] {
  const match = KEY_FACTS_HEADING.exec(body)
  if (!match) return []
  const rest = body.slice(match.index + match[0].length)
  const end = rest.search(/^#{1,2}\s/m)
  const section = end === -1 ? rest : rest.slice(0, end)
  return section
    .split('\n')
    .map((line) => /^\s*[-*]\s+(.*)$/.exec(line)?.[1]?.trim())
    .filter((fact): fact is string => fact !== undefined && fact.length > 0)
}
