import { join } from 'node:path'
import { formatIssue } from '@certforge/core'
import { loadPack } from '@certforge/server/pack-reader'
import { expect, test } from 'vitest'

const CONTENT = join(import.meta.dirname, '../../content')

test('the shipped content pack has no errors and no warnings', async () => {
  const { issues } = await loadPack(CONTENT, join(CONTENT, '..'))
  expect(issues.map(formatIssue)).toEqual([])
})

test('the MLA-C01 blueprint has the structure of the official exam guide', async () => {
  const { pack } = await loadPack(CONTENT)
  const blueprint = pack.blueprints.find((b) => b.exam.code === 'MLA-C01')
  if (!blueprint) throw new Error('content/mla-c01/blueprint.yaml is missing')
  const tasks = blueprint.domains.flatMap((d) => d.taskStatements)
  const objectives = tasks.flatMap((t) => t.objectives)
  expect(blueprint.domains.map((d) => d.weight)).toEqual([28, 26, 22, 24])
  expect(tasks.map((t) => t.id)).toEqual([
    '1.1',
    '1.2',
    '1.3',
    '2.1',
    '2.2',
    '2.3',
    '3.1',
    '3.2',
    '3.3',
    '4.1',
    '4.2',
    '4.3',
  ])
  expect(objectives.filter((o) => o.kind === 'knowledge')).toHaveLength(63)
  expect(objectives.filter((o) => o.kind === 'skill')).toHaveLength(70)
  expect(blueprint.services).toHaveLength(88)
  expect(blueprint.outOfScopeServices).toHaveLength(102)
  expect(blueprint.format).toMatchObject({
    items: 65,
    scored: 50,
    unscored: 15,
    minutes: 130,
    passingScore: 720,
    scale: { min: 100, max: 1000 },
  })
})
