import { z } from 'zod'
import { EXAM_CODE, ITEM_ID, OBJECTIVE_ID, SLUG, SUB_ITEM_ID } from './ids.ts'

const Text = z.string().trim().min(1)
const Rationale = z.string().trim().min(10, 'a rationale of at least 10 characters')

/** Objectives per exam code, so one bank can serve MLA-C01 and MLA-C02 blueprints. */
export const ObjectiveMapSchema = z
  .record(
    z.string().regex(EXAM_CODE, 'exam code like MLA-C01'),
    z.array(z.string().regex(OBJECTIVE_ID, 'objective id like 1.1.K1')).min(1),
  )
  .refine((map) => Object.keys(map).length > 0, 'at least one exam code with its objectives')

export const ChoiceOptionSchema = z.strictObject({
  id: z.string().regex(/^[a-h]$/, 'option id a to h'),
  text: Text,
  correct: z.boolean().default(false),
  rationale: Rationale,
})

export const OrderingStepSchema = z.strictObject({
  id: z.string().regex(/^[a-h]$/, 'step id a to h'),
  text: Text,
  rationale: Rationale,
})

export const MatchingPromptSchema = z.strictObject({
  id: z.string().regex(/^p[1-9]$/, 'prompt id p1 to p9'),
  text: Text,
  match: z.string().regex(/^r[1-9]$/, 'response id r1 to r9'),
  rationale: Rationale,
})

export const MatchingResponseSchema = z.strictObject({
  id: z.string().regex(/^r[1-9]$/, 'response id r1 to r9'),
  text: Text,
  rationale: Rationale.optional(),
})

const QuestionCore = {
  stem: Text,
  explanation: Text,
  difficulty: z.number().int().min(1).max(5),
  objectives: ObjectiveMapSchema,
}

const TopLevel = {
  id: z
    .string()
    .regex(ITEM_ID, 'item id like q-1a2b3c4d (mint one with certforge content new item)'),
  status: z.enum(['draft', 'live', 'retired']),
  services: z.array(z.string().regex(SLUG, 'service slug like amazon-s3')).min(1),
  references: z.array(z.url()).min(1),
  reimplements: z.string().regex(ITEM_ID, 'the id of the item this one replaces').optional(),
}

const SubId = { id: z.string().regex(SUB_ITEM_ID, 'sub-item id like q-1a2b3c4d.1') }

const singleFields = {
  type: z.literal('single'),
  ...QuestionCore,
  options: z.array(ChoiceOptionSchema),
}
const multipleFields = {
  type: z.literal('multiple'),
  ...QuestionCore,
  options: z.array(ChoiceOptionSchema),
}
const orderingFields = {
  type: z.literal('ordering'),
  ...QuestionCore,
  steps: z.array(OrderingStepSchema),
}
const matchingFields = {
  type: z.literal('matching'),
  ...QuestionCore,
  prompts: z.array(MatchingPromptSchema),
  responses: z.array(MatchingResponseSchema),
}

const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 }
const CHOOSE_N = /\((?:choose|select) (two|three|four|five|[2-5])\.?\)/i

/** Reads "(Choose two.)" or "(Select THREE.)" from a stem; undefined when it says nothing. */
export function stemChooseCount(stem: string): number | undefined {
  const word = CHOOSE_N.exec(stem)?.[1]?.toLowerCase()
  if (word === undefined) return undefined
  return WORD_NUMBERS[word] ?? Number(word)
}

type Ctx = z.RefinementCtx
type Question = { type: string; stem: string } & Record<string, unknown>

function uniqueIds(list: { id: string }[], path: string, ctx: Ctx): void {
  const seen = new Set<string>()
  list.forEach((entry, i) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [path, i, 'id'],
        message: `duplicate ${path} id ${entry.id} (expected each id once)`,
      })
    }
    seen.add(entry.id)
  })
}

function uniqueTexts(list: { text: string }[], path: string, ctx: Ctx): void {
  const seen = new Set<string>()
  list.forEach((entry, i) => {
    const key = entry.text.trim().toLowerCase()
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: [path, i, 'text'],
        message: `this ${path} text repeats another one (expected distinct texts)`,
      })
    }
    seen.add(key)
  })
}

/** The type rules of the official exam guide, as cross-field checks. */
function checkTypeRules(q: Question, ctx: Ctx): void {
  if (q.type === 'single' || q.type === 'multiple') {
    const options = q.options as z.infer<typeof ChoiceOptionSchema>[]
    uniqueIds(options, 'options', ctx)
    uniqueTexts(options, 'options', ctx)
    const keys = options.filter((o) => o.correct).length
    if (q.type === 'single') {
      if (options.length !== 4) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `single has ${options.length} options (expected exactly 4: one key and three distractors)`,
        })
      }
      if (keys !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `single has ${keys} options marked correct (expected exactly 1)`,
        })
      }
      return
    }
    if (options.length < 5) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `multiple has ${options.length} options (expected at least 5)`,
      })
    }
    if (keys < 2 || keys >= options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `multiple has ${keys} options marked correct (expected at least 2 and fewer than the options)`,
      })
    }
    const said = stemChooseCount(q.stem)
    if (said === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['stem'],
        message: `multiple-response stem does not say how many to choose (expected "(Choose ${keys === 3 ? 'three' : 'two'}.)" at the end)`,
      })
    } else if (said !== keys) {
      ctx.addIssue({
        code: 'custom',
        path: ['stem'],
        message: `stem says choose ${said} but ${keys} options are marked correct (expected the same number)`,
      })
    }
    return
  }
  if (q.type === 'ordering') {
    const steps = q.steps as z.infer<typeof OrderingStepSchema>[]
    uniqueIds(steps, 'steps', ctx)
    uniqueTexts(steps, 'steps', ctx)
    if (steps.length < 3 || steps.length > 5) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: `ordering has ${steps.length} steps (expected 3 to 5, listed in the correct order)`,
      })
    }
    return
  }
  if (q.type === 'matching') {
    const prompts = q.prompts as z.infer<typeof MatchingPromptSchema>[]
    const responses = q.responses as z.infer<typeof MatchingResponseSchema>[]
    uniqueIds(prompts, 'prompts', ctx)
    uniqueIds(responses, 'responses', ctx)
    uniqueTexts(responses, 'responses', ctx)
    if (prompts.length < 3 || prompts.length > 7) {
      ctx.addIssue({
        code: 'custom',
        path: ['prompts'],
        message: `matching has ${prompts.length} prompts (expected 3 to 7)`,
      })
    }
    const responseIds = new Set(responses.map((r) => r.id))
    prompts.forEach((p, i) => {
      if (!responseIds.has(p.match)) {
        ctx.addIssue({
          code: 'custom',
          path: ['prompts', i, 'match'],
          message: `prompt ${p.id} matches ${p.match}, which is not a response (expected one of ${[...responseIds].join(', ')})`,
        })
      }
    })
    const matched = new Set(prompts.map((p) => p.match))
    responses.forEach((r, i) => {
      if (!matched.has(r.id) && r.rationale === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['responses', i, 'rationale'],
          message: `response ${r.id} matches no prompt and has no rationale (expected a rationale saying why it fits none)`,
        })
      }
    })
  }
}

export const SingleItemSchema = z.strictObject({ ...TopLevel, ...singleFields })
export const MultipleItemSchema = z.strictObject({ ...TopLevel, ...multipleFields })
export const OrderingItemSchema = z.strictObject({ ...TopLevel, ...orderingFields })
export const MatchingItemSchema = z.strictObject({ ...TopLevel, ...matchingFields })

export const SubItemSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ ...SubId, ...singleFields }),
    z.strictObject({ ...SubId, ...multipleFields }),
    z.strictObject({ ...SubId, ...orderingFields }),
    z.strictObject({ ...SubId, ...matchingFields }),
  ])
  .superRefine((q, ctx) => checkTypeRules(q, ctx))

export const CaseStudyItemSchema = z
  .strictObject({
    ...TopLevel,
    type: z.literal('case-study'),
    title: Text,
    scenario: Text,
    questions: z.array(SubItemSchema),
  })
  .superRefine((cs, ctx) => {
    if (cs.questions.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: `case study has ${cs.questions.length} questions (expected at least 2)`,
      })
    }
    cs.questions.forEach((q, i) => {
      const expected = `${cs.id}.${i + 1}`
      if (q.id !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `sub-item id ${q.id} (expected ${expected}: the case id, a dot and its position)`,
        })
      }
    })
  })

export const ItemSchema = z
  .discriminatedUnion('type', [
    SingleItemSchema,
    MultipleItemSchema,
    OrderingItemSchema,
    MatchingItemSchema,
    CaseStudyItemSchema,
  ])
  .superRefine((item, ctx) => {
    if (item.type !== 'case-study') checkTypeRules(item, ctx)
    if (item.reimplements === item.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['reimplements'],
        message: 'an item cannot reimplement itself (expected the id of the item it replaces)',
      })
    }
  })

export type Item = z.infer<typeof ItemSchema>
export type SubItem = z.infer<typeof SubItemSchema>
export type CaseStudyItem = z.infer<typeof CaseStudyItemSchema>
/** Anything a learner answers and is scored on: a stand-alone item or a case-study sub-item. */
export type ScorableQuestion = Exclude<Item, CaseStudyItem> | SubItem
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>
export type ItemStatus = Item['status']

/** The scorable units of an item: itself, or each sub-item of a case study. */
export function scorableQuestions(item: Item): ScorableQuestion[] {
  return item.type === 'case-study' ? item.questions : [item]
}

/** Every objective an item covers for one exam code, sub-items included. */
export function itemObjectives(item: Item, examCode: string): string[] {
  const all = scorableQuestions(item).flatMap((q) => q.objectives[examCode] ?? [])
  return [...new Set(all)]
}
