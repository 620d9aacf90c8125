import type { ReactNode } from 'react'
import type { ApiState } from '../api/use-api.ts'

type AsyncViewProps<T> = {
  state: ApiState<T>
  retry: () => void
  /** What is loading, for the messages: "the blueprint". */
  what: string
  children: (data: T) => ReactNode
}

/** Renders loading, error (with the server's code and message and a retry button) or the data. */
export function AsyncView<T>({ state, retry, what, children }: AsyncViewProps<T>) {
  if (state.status === 'loading') {
    return (
      <p role="status" className="status">
        Loading {what}…
      </p>
    )
  }
  if (state.status === 'error') {
    return (
      <div role="alert" className="error-panel">
        <h2>Could not load {what}</h2>
        <p>
          <code className="error-panel__code">{state.error.code}</code> {state.error.message}
        </p>
        <button type="button" onClick={retry}>
          Retry
        </button>
      </div>
    )
  }
  return children(state.data)
}
