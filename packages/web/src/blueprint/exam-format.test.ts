import { expect, test } from 'vitest'
import { FIXTURE_VIEW } from './blueprint-fixture.ts'
import { describeFormat } from './exam-format.ts'

test('the format reads as the exam guide states it', () => {
  expect(describeFormat(FIXTURE_VIEW.format)).toEqual([
    { term: 'Questions', detail: '65: 50 scored + 15 unscored' },
    { term: 'Time', detail: '130 minutes (+30 with an exam accommodation)' },
    { term: 'Passing score', detail: '720 on a scale of 100–1000' },
    { term: 'Question types', detail: 'multiple choice, multiple response, case study' },
  ])
})

test('no accommodation minutes means no accommodation note', () => {
  const [, time] = describeFormat({ ...FIXTURE_VIEW.format, accommodationMinutes: 0 })
  expect(time).toEqual({ term: 'Time', detail: '130 minutes' })
})
