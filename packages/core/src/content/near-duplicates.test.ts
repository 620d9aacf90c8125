import { expect, test } from 'vitest'
import { findNearDuplicates, jaccard, shingles } from './near-duplicates.ts'

test('a stem with one word changed is flagged, a different stem is not', () => {
  const a =
    'A company stores clickstream data in Amazon S3 and needs to train a model every night with the newest events only'
  const b =
    'A company stores clickstream data in Amazon S3 and needs to train a model every night with the newest events only please'
  const c =
    'Which SageMaker AI endpoint type suits unpredictable traffic with long idle periods between bursts of requests'
  const found = findNearDuplicates([
    { id: 'a', text: a },
    { id: 'b', text: b },
    { id: 'c', text: c },
  ])
  expect(found.map((d) => [d.a, d.b])).toEqual([['a', 'b']])
  expect(found[0]?.similarity).toBeGreaterThanOrEqual(0.8)
})

test('prefix filtering finds exactly what brute force finds', () => {
  let seed = 7
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
  const vocabulary = Array.from({ length: 40 }, (_, i) => `w${i}`)
  const base = Array.from({ length: 60 }, () =>
    Array.from({ length: 20 }, () => vocabulary[Math.floor(rand() * 12)]).join(' '),
  )
  const texts = base.flatMap((t, i) => {
    const words = t.split(' ')
    words[Math.floor(rand() * words.length)] = vocabulary[Math.floor(rand() * 40)] ?? 'x'
    return [
      { id: `o${i}`, text: t },
      { id: `m${i}`, text: words.join(' ') },
    ]
  })
  const sets = texts.map((t) => shingles(t.text))
  const brute: string[] = []
  for (let i = 0; i < texts.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = sets[i]
      const b = sets[j]
      if (a && b && jaccard(a, b) >= 0.6) brute.push([texts[j]?.id, texts[i]?.id].join('|'))
    }
  }
  const fast = findNearDuplicates(texts, 0.6).map((d) => [d.a, d.b].join('|'))
  expect(brute.length).toBeGreaterThan(10)
  expect(fast.sort()).toEqual(brute.sort())
})
