/**
 * Near-duplicate detection by Jaccard similarity of word 3-shingles. Prefix filtering keeps it
 * far below all-pairs cost: two sets with Jaccard ≥ t must share one of the rarest
 * |A| − ⌈t·|A|⌉ + 1 shingles of each set, so only those are indexed.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.8

export type Text = { id: string; text: string }
export type NearDuplicate = { a: string; b: string; similarity: number }

export function shingles(text: string, size = 3): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? []
  const out = new Set<string>()
  if (words.length < size) {
    if (words.length > 0) out.add(words.join(' '))
    return out
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '))
  return out
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  let shared = 0
  for (const s of a) if (b.has(s)) shared++
  return shared / (a.size + b.size - shared)
}

export function findNearDuplicates(
  texts: readonly Text[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicate[] {
  const sets = texts.map((t) => shingles(t.text))
  const frequency = new Map<string, number>()
  for (const set of sets) for (const s of set) frequency.set(s, (frequency.get(s) ?? 0) + 1)
  const index = new Map<string, number[]>()
  const found: NearDuplicate[] = []
  sets.forEach((set, i) => {
    const ordered = [...set].sort(
      (x, y) => (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0) || (x < y ? -1 : 1),
    )
    const prefix = ordered.slice(0, ordered.length - Math.ceil(threshold * ordered.length) + 1)
    const candidates = new Set<number>()
    for (const s of prefix) for (const j of index.get(s) ?? []) candidates.add(j)
    for (const j of candidates) {
      const other = sets[j]
      const a = texts[j]
      const b = texts[i]
      if (!other || !a || !b) continue
      const similarity = jaccard(set, other)
      if (similarity >= threshold) found.push({ a: a.id, b: b.id, similarity })
    }
    for (const s of prefix) {
      const list = index.get(s)
      if (list) list.push(i)
      else index.set(s, [i])
    }
  })
  return found
}
