/**
 * The colour theme: 'system' follows `prefers-color-scheme`; 'light' and 'dark' override it and
 * are remembered in localStorage. The CSS reads `data-theme` on <html> (see styles/tokens.css).
 */
export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const
export type ThemePreference = (typeof THEME_PREFERENCES)[number]

export const THEME_STORAGE_KEY = 'certforge:theme'

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export function parseThemePreference(value: string | null): ThemePreference {
  return THEME_PREFERENCES.find((p) => p === value) ?? 'system'
}

// Storage throws when the browser blocks it (privacy settings, sandboxed frames); the theme then
// simply is not remembered.
export function loadThemePreference(store: KeyValueStore | undefined): ThemePreference {
  try {
    return parseThemePreference(store?.getItem(THEME_STORAGE_KEY) ?? null)
  } catch {
    return 'system'
  }
}

export function saveThemePreference(
  store: KeyValueStore | undefined,
  preference: ThemePreference,
): void {
  try {
    if (preference === 'system') store?.removeItem(THEME_STORAGE_KEY)
    else store?.setItem(THEME_STORAGE_KEY, preference)
  } catch {
    // Not remembered across visits, still applied to this page.
  }
}

export function applyThemePreference(
  root: { dataset: DOMStringMap },
  preference: ThemePreference,
): void {
  if (preference === 'system') delete root.dataset.theme
  else root.dataset.theme = preference
}

/** `window.localStorage`, or undefined where merely reading the property throws. */
export function browserStore(): KeyValueStore | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}
