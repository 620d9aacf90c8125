import { expect, test } from 'vitest'
import {
  type BlueprintFilter,
  filterBlueprint,
  isFiltering,
  NO_FILTER,
} from './blueprint-filter.ts'
import { FIXTURE_VIEW } from './blueprint-fixture.ts'
import type { BlueprintDomain } from './blueprint-types.ts'

function ids(domains: BlueprintDomain[]): string[] {
  return domains.flatMap((d) => d.taskStatements.flatMap((t) => t.objectives.map((o) => o.id)))
}

function filtered(filter: Partial<BlueprintFilter>): string[] {
  return ids(filterBlueprint(FIXTURE_VIEW.domains, { ...NO_FILTER, ...filter }))
}

test('no filter keeps every objective', () => {
  expect(filtered({})).toEqual(['1.1.K1', '1.1.S1', '2.1.K1'])
  expect(filterBlueprint(FIXTURE_VIEW.domains, NO_FILTER)).toEqual(FIXTURE_VIEW.domains)
})

test('text matches descriptions case-insensitively', () => {
  expect(filtered({ text: 'PARQUET' })).toEqual(['1.1.K1'])
})

test('every word must match, in any of id, kind, description, task or domain title', () => {
  expect(filtered({ text: '1.1 skill' })).toEqual(['1.1.S1'])
  expect(filtered({ text: 'ingest knowledge' })).toEqual(['1.1.K1'])
  expect(filtered({ text: 'model development' })).toEqual(['2.1.K1'])
  expect(filtered({ text: '  bedrock   amazon ' })).toEqual(['2.1.K1'])
})

test('gaps only keeps objectives missing items, lessons or flashcards', () => {
  expect(filtered({ gapsOnly: true })).toEqual(['1.1.K1', '1.1.S1'])
  expect(filtered({ gapsOnly: true, text: 'amazon s3' })).toEqual(['1.1.S1'])
})

test('task statements and domains left without objectives are dropped', () => {
  const domains = filterBlueprint(FIXTURE_VIEW.domains, { text: 'bedrock', gapsOnly: false })
  expect(domains.map((d) => d.id)).toEqual(['2'])
  expect(filterBlueprint(FIXTURE_VIEW.domains, { text: 'no such words', gapsOnly: true })).toEqual(
    [],
  )
})

test('the filter leaves the input untouched', () => {
  const before = structuredClone(FIXTURE_VIEW.domains)
  filterBlueprint(FIXTURE_VIEW.domains, { text: 'parquet', gapsOnly: true })
  expect(FIXTURE_VIEW.domains).toEqual(before)
})

test('whitespace-only text is not filtering; a gaps-only toggle is', () => {
  expect(isFiltering({ text: '   ', gapsOnly: false })).toBe(false)
  expect(isFiltering({ text: 'x', gapsOnly: false })).toBe(true)
  expect(isFiltering({ text: '', gapsOnly: true })).toBe(true)
})
