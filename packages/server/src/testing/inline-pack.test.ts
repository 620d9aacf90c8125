import { expect, test } from 'vitest'
import { inlinePack } from './inline-pack.ts'

test('the inline test pack is valid and holds two exams and one lesson', () => {
  const { pack, issues } = inlinePack()
  expect(issues).toEqual([])
  expect(pack.blueprints.map((b) => b.exam.code)).toEqual(['MLA-C01', 'MLA-C02'])
  expect(pack.lessons.map((l) => l.id)).toEqual(['s3-basics'])
})
