import { useId } from 'react'
import type { BlueprintFilter } from './blueprint-filter.ts'

type FilterBarProps = { filter: BlueprintFilter; onChange: (filter: BlueprintFilter) => void }

export function FilterBar({ filter, onChange }: FilterBarProps) {
  const textId = useId()
  const gapsId = useId()
  return (
    <search className="filter-bar">
      <div className="filter-bar__text">
        <label htmlFor={textId}>Filter objectives</label>
        <input
          id={textId}
          type="search"
          value={filter.text}
          placeholder="Words, an id like 2.3, or skill"
          autoComplete="off"
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </div>
      <div className="filter-bar__toggle">
        <input
          id={gapsId}
          type="checkbox"
          checked={filter.gapsOnly}
          onChange={(e) => onChange({ ...filter, gapsOnly: e.target.checked })}
        />
        <label htmlFor={gapsId}>Gaps only (missing questions, lessons or flashcards)</label>
      </div>
    </search>
  )
}
