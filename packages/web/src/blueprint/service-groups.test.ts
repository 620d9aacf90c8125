import { expect, test } from 'vitest'
import { FIXTURE_VIEW } from './blueprint-fixture.ts'
import { formerlyText, groupServices } from './service-groups.ts'

test('services group by category, in the order the blueprint lists them', () => {
  const groups = groupServices(FIXTURE_VIEW.services)
  expect(groups.map((g) => [g.category, g.services.map((s) => s.slug)])).toEqual([
    ['Analytics', ['amazon-athena', 'amazon-data-firehose']],
    ['Machine Learning', ['amazon-sagemaker-ai']],
  ])
})

test('former names read as "formerly …"; a service never renamed has none', () => {
  expect(formerlyText(['Amazon Kinesis Data Firehose'])).toBe(
    'formerly Amazon Kinesis Data Firehose',
  )
  expect(formerlyText(['A', 'B'])).toBe('formerly A, B')
  expect(formerlyText([])).toBeUndefined()
})
