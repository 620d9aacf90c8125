import { useCallback, useEffect, useState } from 'react'
import { type ApiError, type RequestOptions, toApiError } from './client.ts'

export type ApiState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; data: T }

/**
 * Runs `load` on mount and on `retry()`, aborting the request when the component goes away.
 * `load` must be stable (a module-level function), or it reloads on every render.
 */
export function useApi<T>(load: (options: RequestOptions) => Promise<T>): {
  state: ApiState<T>
  retry: () => void
} {
  const [state, setState] = useState<ApiState<T>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is read by no code; bumping it is how retry() asks for a fresh request.
  useEffect(() => {
    const controller = new AbortController()
    setState({ status: 'loading' })
    load({ signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data })
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: toApiError(error) })
      },
    )
    return () => controller.abort()
  }, [load, attempt])
  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, retry }
}
