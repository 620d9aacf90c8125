import { expect, test } from 'vitest'
import {
  applyThemePreference,
  type KeyValueStore,
  loadThemePreference,
  parseThemePreference,
  saveThemePreference,
  THEME_STORAGE_KEY,
} from './theme.ts'

function memoryStore(): KeyValueStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>()
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  }
}

const blockedStore: KeyValueStore = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError')
  },
  setItem: () => {
    throw new DOMException('blocked', 'SecurityError')
  },
  removeItem: () => {
    throw new DOMException('blocked', 'SecurityError')
  },
}

test('known preferences parse as themselves; anything else means follow the system', () => {
  expect(['light', 'dark', 'system', null, 'sepia', ''].map(parseThemePreference)).toEqual([
    'light',
    'dark',
    'system',
    'system',
    'system',
    'system',
  ])
})

test('a saved preference loads back; system clears the stored key', () => {
  const store = memoryStore()
  saveThemePreference(store, 'dark')
  expect(store.entries.get(THEME_STORAGE_KEY)).toBe('dark')
  expect(loadThemePreference(store)).toBe('dark')
  saveThemePreference(store, 'system')
  expect(store.entries.has(THEME_STORAGE_KEY)).toBe(false)
  expect(loadThemePreference(store)).toBe('system')
})

test('blocked or missing storage falls back to system without throwing', () => {
  expect(loadThemePreference(blockedStore)).toBe('system')
  expect(() => saveThemePreference(blockedStore, 'light')).not.toThrow()
  expect(loadThemePreference(undefined)).toBe('system')
})

test('light and dark set data-theme; system removes it', () => {
  const root: { dataset: DOMStringMap } = { dataset: {} }
  applyThemePreference(root, 'dark')
  expect(root.dataset.theme).toBe('dark')
  applyThemePreference(root, 'system')
  expect(root.dataset).toEqual({})
})
