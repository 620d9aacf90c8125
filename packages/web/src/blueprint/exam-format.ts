import type { ItemType } from '@certforge/core'
import type { ExamFormat } from './blueprint-types.ts'

// The exam guide's names for the question types.
const ITEM_TYPE_LABELS: Record<ItemType, string> = {
  single: 'multiple choice',
  multiple: 'multiple response',
  ordering: 'ordering',
  matching: 'matching',
  'case-study': 'case study',
}

export type FormatFact = { term: string; detail: string }

/** The exam format as term/detail pairs for a description list. */
export function describeFormat(format: ExamFormat): FormatFact[] {
  const time =
    format.accommodationMinutes > 0
      ? `${format.minutes} minutes (+${format.accommodationMinutes} with an exam accommodation)`
      : `${format.minutes} minutes`
  return [
    {
      term: 'Questions',
      detail: `${format.items}: ${format.scored} scored + ${format.unscored} unscored`,
    },
    { term: 'Time', detail: time },
    {
      term: 'Passing score',
      detail: `${format.passingScore} on a scale of ${format.scale.min}–${format.scale.max}`,
    },
    { term: 'Question types', detail: format.itemTypes.map((t) => ITEM_TYPE_LABELS[t]).join(', ') },
  ]
}
