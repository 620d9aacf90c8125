/**
 * Content ids. Item and flashcard ids are random and permanent (Exercism's UUID rule, shortened
 * to stay readable in file names); lesson and guide ids are slugs because authors link to them.
 */
export const ITEM_ID = /^q-[0-9a-f]{8}$/
export const SUB_ITEM_ID = /^q-[0-9a-f]{8}\.[1-9][0-9]?$/
export const FLASHCARD_ID = /^fc-[0-9a-f]{8}$/
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const EXAM_CODE = /^[A-Z]{2,4}-C[0-9]{2}$/
export const OBJECTIVE_ID = /^[1-9]\.[1-9]\.[KS][1-9][0-9]?$/
export const TASK_ID = /^[1-9]\.[1-9]$/

export type IdKind = 'item' | 'flashcard'

const PREFIX: Record<IdKind, string> = { item: 'q', flashcard: 'fc' }

/** Mints a new id from four random bytes; the caller injects the randomness. */
export function mintId(kind: IdKind, randomBytes: Uint8Array): string {
  if (randomBytes.length < 4) {
    throw new RangeError('mintId needs at least 4 random bytes')
  }
  const hex = Array.from(randomBytes.slice(0, 4), (b) => b.toString(16).padStart(2, '0')).join('')
  return `${PREFIX[kind]}-${hex}`
}

/** `1.1.K1` → `1.1`; `1.1` → `1`. */
export function taskOfObjective(objectiveId: string): string {
  return objectiveId.split('.').slice(0, 2).join('.')
}

export function domainOfTask(taskId: string): string {
  return taskId.split('.')[0] ?? taskId
}
