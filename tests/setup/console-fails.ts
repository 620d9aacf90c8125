import { afterEach, beforeEach, vi } from 'vitest'

// A warning nobody reads is a bug nobody fixes: console.error and console.warn fail the test
// unless the test replaces them itself (Epic Stack's setup-test-env).
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error called: ${args.map(String).join(' ')}`)
  })
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.warn called: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => {
  vi.restoreAllMocks()
})
