import type { CoverageCounts as Counts } from '@certforge/core'
import { COVERAGE_KINDS } from './coverage-status.ts'

const LABELS: Record<keyof Counts, string> = {
  items: 'Questions',
  lessons: 'Lessons',
  flashcards: 'Flashcards',
}

export function CoverageCounts({ counts }: { counts: Counts }) {
  return (
    <dl className="counts">
      {COVERAGE_KINDS.map((kind) => (
        <div key={kind} className={counts[kind] === 0 ? 'count count--zero' : 'count'}>
          <dt>{LABELS[kind]}</dt>
          <dd>{counts[kind]}</dd>
        </div>
      ))}
    </dl>
  )
}
