import { type ChangeEvent, useId, useState } from 'react'
import {
  applyThemePreference,
  browserStore,
  loadThemePreference,
  parseThemePreference,
  saveThemePreference,
  THEME_PREFERENCES,
  type ThemePreference,
} from './theme.ts'

const LABELS: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' }

export function ThemeSelect() {
  const id = useId()
  const [preference, setPreference] = useState(() => loadThemePreference(browserStore()))
  const change = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = parseThemePreference(event.target.value)
    setPreference(next)
    saveThemePreference(browserStore(), next)
    applyThemePreference(document.documentElement, next)
  }
  return (
    <div className="theme-select">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={preference} onChange={change}>
        {THEME_PREFERENCES.map((p) => (
          <option key={p} value={p}>
            {LABELS[p]}
          </option>
        ))}
      </select>
    </div>
  )
}
