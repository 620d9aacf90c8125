import { z } from 'zod'
import { EXAM_CODE, OBJECTIVE_ID, SLUG, TASK_ID } from './ids.ts'

export const ITEM_TYPES = ['single', 'multiple', 'ordering', 'matching', 'case-study'] as const
export const ItemTypeSchema = z.enum(ITEM_TYPES)
export type ItemType = z.infer<typeof ItemTypeSchema>

export const ObjectiveSchema = z.strictObject({
  id: z.string().regex(OBJECTIVE_ID, 'objective id like 1.1.K1 or 2.3.S4'),
  kind: z.enum(['knowledge', 'skill']),
  description: z.string().min(10),
})

export const TaskStatementSchema = z.strictObject({
  id: z.string().regex(TASK_ID, 'task statement id like 1.1'),
  title: z.string().min(3),
  objectives: z.array(ObjectiveSchema).min(1),
})

export const DomainSchema = z.strictObject({
  id: z.string().regex(/^[1-9]$/, 'domain id like 1'),
  title: z.string().min(3),
  weight: z.number().int().min(1).max(100),
  taskStatements: z.array(TaskStatementSchema).min(1),
})

export const ServiceSchema = z.strictObject({
  slug: z.string().regex(SLUG, 'kebab-case slug like amazon-s3'),
  name: z.string().min(2),
  formerNames: z.array(z.string().min(2)).default([]),
  category: z.string().min(2),
})

export const OutOfScopeServiceSchema = z.strictObject({
  name: z.string().min(2),
  category: z.string().min(2),
})

export const ExamFormatSchema = z.strictObject({
  items: z.number().int().positive(),
  scored: z.number().int().positive(),
  unscored: z.number().int().nonnegative(),
  minutes: z.number().int().positive(),
  accommodationMinutes: z.number().int().nonnegative(),
  scale: z.strictObject({ min: z.number().int(), max: z.number().int() }),
  passingScore: z.number().int(),
  itemTypes: z.array(ItemTypeSchema).min(1),
})

export const BlueprintSchema = z
  .strictObject({
    exam: z.strictObject({
      code: z.string().regex(EXAM_CODE, 'exam code like MLA-C01'),
      name: z.string().min(3),
      version: z.string().min(1),
    }),
    format: ExamFormatSchema,
    domains: z.array(DomainSchema).min(1),
    services: z.array(ServiceSchema).min(1),
    outOfScopeServices: z.array(OutOfScopeServiceSchema).default([]),
  })
  .superRefine((bp, ctx) => {
    const total = bp.domains.reduce((sum, d) => sum + d.weight, 0)
    if (total !== 100) {
      ctx.addIssue({
        code: 'custom',
        path: ['domains'],
        message: `domain weights add up to ${total} (expected 100)`,
      })
    }
    if (bp.format.scored + bp.format.unscored !== bp.format.items) {
      ctx.addIssue({
        code: 'custom',
        path: ['format', 'items'],
        message: `items is ${bp.format.items} but scored + unscored is ${bp.format.scored + bp.format.unscored} (expected them to match)`,
      })
    }
    const { min, max } = bp.format.scale
    if (!(min < bp.format.passingScore && bp.format.passingScore <= max)) {
      ctx.addIssue({
        code: 'custom',
        path: ['format', 'passingScore'],
        message: `passing score ${bp.format.passingScore} lies outside the scale (expected ${min} < score ≤ ${max})`,
      })
    }
    bp.domains.forEach((domain, d) => {
      domain.taskStatements.forEach((task, t) => {
        if (!task.id.startsWith(`${domain.id}.`)) {
          ctx.addIssue({
            code: 'custom',
            path: ['domains', d, 'taskStatements', t, 'id'],
            message: `task ${task.id} sits under domain ${domain.id} (expected an id starting with ${domain.id}.)`,
          })
        }
        task.objectives.forEach((objective, o) => {
          const letter = objective.id.split('.')[2]?.[0]
          const expectedLetter = objective.kind === 'knowledge' ? 'K' : 'S'
          if (!objective.id.startsWith(`${task.id}.`) || letter !== expectedLetter) {
            ctx.addIssue({
              code: 'custom',
              path: ['domains', d, 'taskStatements', t, 'objectives', o, 'id'],
              message: `objective ${objective.id} of kind ${objective.kind} under task ${task.id} (expected ${task.id}.${expectedLetter}<n>)`,
            })
          }
        })
      })
    })
  })

export type Blueprint = z.infer<typeof BlueprintSchema>
export type Domain = z.infer<typeof DomainSchema>
export type TaskStatement = z.infer<typeof TaskStatementSchema>
export type Objective = z.infer<typeof ObjectiveSchema>
export type Service = z.infer<typeof ServiceSchema>
