import { expect, test } from 'vitest'
import { FIXTURE_VIEW } from './blueprint-fixture.ts'
import { coverageStatus, domainObjectives, isGap, summarizeCoverage } from './coverage-status.ts'

test('no counts at all is none, some missing is partial, all three present is full', () => {
  expect(coverageStatus({ items: 0, lessons: 0, flashcards: 0 })).toBe('none')
  expect(coverageStatus({ items: 0, lessons: 1, flashcards: 0 })).toBe('partial')
  expect(coverageStatus({ items: 1, lessons: 1, flashcards: 0 })).toBe('partial')
  expect(coverageStatus({ items: 1, lessons: 1, flashcards: 1 })).toBe('full')
})

test('partial and none are gaps, full is not', () => {
  expect(isGap({ items: 0, lessons: 0, flashcards: 0 })).toBe(true)
  expect(isGap({ items: 2, lessons: 0, flashcards: 1 })).toBe(true)
  expect(isGap({ items: 2, lessons: 3, flashcards: 1 })).toBe(false)
})

test('domainObjectives flattens every objective in blueprint order', () => {
  expect(domainObjectives(FIXTURE_VIEW.domains).map((o) => o.id)).toEqual([
    '1.1.K1',
    '1.1.S1',
    '2.1.K1',
  ])
})

test('the summary counts objectives, gaps and the uncovered among them', () => {
  expect(summarizeCoverage(domainObjectives(FIXTURE_VIEW.domains))).toEqual({
    objectives: 3,
    gaps: 2,
    uncovered: 1,
  })
  expect(summarizeCoverage([])).toEqual({ objectives: 0, gaps: 0, uncovered: 0 })
})
