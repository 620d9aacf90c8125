import { type Item, ItemSchema, type ScorableQuestion, scorableQuestions } from './item-schema.ts'

/** The first committed version of an item id, as read from version control by the caller. */
export type CommittedItem = { commit: string; item: Item }

/** What a learner's answer history depends on: change any of these and the id must change. */
export type ImmutablePart = 'type' | 'stem' | 'options' | 'key'

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function questionParts(q: ScorableQuestion): Record<Exclude<ImmutablePart, 'type'>, string> {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        stem: squash(q.stem),
        options: JSON.stringify(q.options.map((o) => [o.id, squash(o.text)])),
        key: JSON.stringify(q.options.filter((o) => o.correct).map((o) => o.id)),
      }
    case 'ordering':
      return {
        stem: squash(q.stem),
        options: JSON.stringify(q.steps.map((s) => [s.id, squash(s.text)]).sort()),
        key: JSON.stringify(q.steps.map((s) => s.id)),
      }
    case 'matching':
      return {
        stem: squash(q.stem),
        options: JSON.stringify([
          q.prompts.map((p) => [p.id, squash(p.text)]),
          q.responses.map((r) => [r.id, squash(r.text)]),
        ]),
        key: JSON.stringify(q.prompts.map((p) => [p.id, p.match])),
      }
  }
}

/** A comparable digest of each immutable part of an item (case studies: scenario and every sub-item). */
export function immutableParts(item: Item): Record<ImmutablePart, string> {
  const parts = scorableQuestions(item).map((q) => ({ type: q.type, ...questionParts(q) }))
  const scenario = item.type === 'case-study' ? squash(item.scenario) : ''
  return {
    type: JSON.stringify([item.type, ...parts.map((p) => p.type)]),
    stem: JSON.stringify([scenario, ...parts.map((p) => p.stem)]),
    options: JSON.stringify(parts.map((p) => p.options)),
    key: JSON.stringify(parts.map((p) => p.key)),
  }
}

export type ImmutabilityViolation = { id: string; parts: ImmutablePart[]; commit: string }

/**
 * Exercism's rule: once committed, an item's type, stem, options and key never change; a
 * corrected item gets a new id with `reimplements`. Compares each current item with the first
 * committed version of its id, so a mutation that slipped in earlier is still reported.
 */
export function findImmutabilityViolations(
  current: readonly Item[],
  committed: readonly CommittedItem[],
): ImmutabilityViolation[] {
  const first = new Map<string, CommittedItem>()
  for (const entry of committed) if (!first.has(entry.item.id)) first.set(entry.item.id, entry)
  const violations: ImmutabilityViolation[] = []
  for (const item of current) {
    const original = first.get(item.id)
    if (!original) continue
    const now = immutableParts(item)
    const then = immutableParts(original.item)
    const changed = (Object.keys(now) as ImmutablePart[]).filter((part) => now[part] !== then[part])
    if (changed.length > 0)
      violations.push({ id: item.id, parts: changed, commit: original.commit })
  }
  return violations
}

/** Parses one historical file; versions that never passed the schema cannot bind anyone. */
export function parseCommittedItem(commit: string, data: unknown): CommittedItem | undefined {
  const result = ItemSchema.safeParse(data)
  return result.success ? { commit, item: result.data } : undefined
}
