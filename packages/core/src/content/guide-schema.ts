import { z } from 'zod'
import { SLUG } from './ids.ts'

/** Front matter of an exam guide page (tips, strategies, time management). */
export const GuideFrontMatterSchema = z.strictObject({
  id: z.string().regex(SLUG, 'kebab-case page id like time-management'),
  title: z.string().trim().min(3),
  order: z.number().int().min(0),
})

export type GuidePage = z.infer<typeof GuideFrontMatterSchema> & { body: string }
