import { expect, test } from 'vitest'
import { ItemSchema, stemChooseCount } from './item-schema.ts'

const option = (id: string, correct = false) => ({
  id,
  text: `Option ${id}`,
  correct,
  rationale: `Why option ${id} fits or not.`,
})
const base = {
  id: 'q-0123abcd',
  status: 'live',
  difficulty: 3,
  objectives: { 'MLA-C01': ['1.1.K1'] },
  services: ['amazon-s3'],
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html'],
  explanation: 'Because.',
}

function messages(data: unknown): string[] {
  const result = ItemSchema.safeParse(data)
  return result.success ? [] : result.error.issues.map((i) => i.message)
}

test('a single with four options and one key is valid', () => {
  expect(
    messages({
      ...base,
      type: 'single',
      stem: 'Which one?',
      options: [option('a', true), option('b'), option('c'), option('d')],
    }),
  ).toEqual([])
})

test('a single needs exactly four options and exactly one key', () => {
  const found = messages({
    ...base,
    type: 'single',
    stem: 'Which one?',
    options: [option('a', true), option('b', true), option('c')],
  })
  expect(found).toContain(
    'single has 3 options (expected exactly 4: one key and three distractors)',
  )
  expect(found).toContain('single has 2 options marked correct (expected exactly 1)')
})

test('a multiple needs five options, two keys, and a stem that says how many', () => {
  const five = [option('a', true), option('b', true), option('c'), option('d'), option('e')]
  expect(
    messages({ ...base, type: 'multiple', stem: 'Which ones? (Choose two.)', options: five }),
  ).toEqual([])
  expect(messages({ ...base, type: 'multiple', stem: 'Which ones?', options: five })[0]).toMatch(
    /does not say how many/,
  )
  expect(
    messages({ ...base, type: 'multiple', stem: 'Which ones? (Choose three.)', options: five })[0],
  ).toMatch(/says choose 3 but 2/)
})

test('every option needs a rationale', () => {
  const result = ItemSchema.safeParse({
    ...base,
    type: 'single',
    stem: 'Q?',
    options: [option('a', true), option('b'), option('c'), { id: 'd', text: 'x' }],
  })
  expect(result.success).toBe(false)
  expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['options.3.rationale'])
})

test('ordering takes 3 to 5 steps', () => {
  const step = (id: string) => ({ id, text: `Step ${id}`, rationale: `Why step ${id} sits here.` })
  expect(
    messages({ ...base, type: 'ordering', stem: 'Order?', steps: ['a', 'b', 'c'].map(step) }),
  ).toEqual([])
  expect(
    messages({ ...base, type: 'ordering', stem: 'Order?', steps: ['a', 'b'].map(step) })[0],
  ).toMatch(/2 steps \(expected 3 to 5/)
  expect(
    messages({
      ...base,
      type: 'ordering',
      stem: 'Order?',
      steps: ['a', 'b', 'c', 'd', 'e', 'f'].map(step),
    })[0],
  ).toMatch(/6 steps/)
})

test('matching takes 3 to 7 prompts whose matches exist, and unmatched responses explain themselves', () => {
  const prompt = (n: number, match = `r${n}`) => ({
    id: `p${n}`,
    text: `Prompt ${n}`,
    match,
    rationale: `Why prompt ${n} pairs so.`,
  })
  const response = (n: number) => ({ id: `r${n}`, text: `Response ${n}` })
  const ok = {
    ...base,
    type: 'matching',
    stem: 'Match.',
    prompts: [1, 2, 3].map((n) => prompt(n)),
    responses: [1, 2, 3].map(response),
  }
  expect(messages(ok)).toEqual([])
  expect(messages({ ...ok, prompts: [prompt(1), prompt(2), prompt(3, 'r9')] })[0]).toMatch(
    /matches r9, which is not a response/,
  )
  expect(messages({ ...ok, responses: [...ok.responses, response(4)] })[0]).toMatch(
    /response r4 matches no prompt/,
  )
  expect(messages({ ...ok, prompts: [1, 2].map((n) => prompt(n)) })[0]).toMatch(
    /2 prompts \(expected 3 to 7\)/,
  )
})

test('a case study needs two sub-items numbered after the case id', () => {
  const sub = (n: number) => ({
    id: `q-0123abcd.${n}`,
    type: 'single',
    stem: `Sub ${n}?`,
    explanation: 'Because.',
    difficulty: 3,
    objectives: { 'MLA-C01': ['1.1.K1'] },
    options: [option('a', true), option('b'), option('c'), option('d')],
  })
  const { explanation: _e, difficulty: _d, objectives: _o, ...top } = base
  const ok = {
    ...top,
    type: 'case-study',
    title: 'Case',
    scenario: 'A shared scenario.',
    questions: [sub(1), sub(2)],
  }
  expect(messages(ok)).toEqual([])
  expect(messages({ ...ok, questions: [sub(1)] })[0]).toMatch(/1 questions \(expected at least 2\)/)
  expect(messages({ ...ok, questions: [sub(1), sub(3)] })[0]).toMatch(/expected q-0123abcd\.2/)
})

test('unknown keys are rejected', () => {
  const result = ItemSchema.safeParse({
    ...base,
    type: 'single',
    stem: 'Q?',
    colour: 'red',
    options: [option('a', true), option('b'), option('c'), option('d')],
  })
  expect(result.error?.issues[0]?.code).toBe('unrecognized_keys')
})

test('stemChooseCount reads words and digits', () => {
  expect(stemChooseCount('Pick. (Choose two.)')).toBe(2)
  expect(stemChooseCount('Pick. (Select THREE.)')).toBe(3)
  expect(stemChooseCount('Pick (choose 4)')).toBe(4)
  expect(stemChooseCount('Pick the best one.')).toBeUndefined()
})
