import type { BlueprintView } from '@certforge/core'

/** A failed API call as the UI shows it: the server's `{ code, message }`, or one made up here. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly code: string,
    message: string,
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
  ) {
    super(message)
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

/** `fetch` is injectable so tests can answer without a server. */
export type RequestOptions = { fetch?: FetchLike; signal?: AbortSignal }

function errorBody(body: unknown): { code: string; message: string } | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  if (!('code' in body) || !('message' in body)) return undefined
  const { code, message } = body
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : undefined
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    return undefined
  }
}

/**
 * GETs an API path and returns its JSON body, typed by the caller (the server owns the shape).
 * Every failure, including a dead server or a proxy's HTML error page, becomes an `ApiError`.
 */
export async function getJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const fetchImpl = options.fetch ?? fetch
  let response: Response
  try {
    response = await fetchImpl(path, {
      headers: { accept: 'application/json' },
      ...(options.signal ? { signal: options.signal } : {}),
    })
  } catch (error) {
    if (options.signal?.aborted) throw error
    throw new ApiError(
      'NETWORK_ERROR',
      `Could not reach the certforge server (${String(error)}).`,
      0,
    )
  }
  const body = await readJson(response)
  if (!response.ok) {
    const known = errorBody(body)
    if (known) throw new ApiError(known.code, known.message, response.status)
    throw new ApiError(
      `HTTP_${response.status}`,
      `The server answered ${response.status} ${response.statusText}`.trim(),
      response.status,
    )
  }
  if (body === undefined) {
    throw new ApiError(
      'BAD_RESPONSE',
      `Expected JSON from ${path} but the server sent something else.`,
      response.status,
    )
  }
  // Our own server answered, and it validates what it sends; the web trusts the declared type.
  return body as T
}

export const EXAM_CODE = 'MLA-C01'

export function fetchBlueprint(options: RequestOptions = {}): Promise<BlueprintView> {
  return getJson<BlueprintView>(`/api/blueprint?exam=${encodeURIComponent(EXAM_CODE)}`, options)
}

/** Anything a loader threw, as an ApiError the error panel can show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError('UNEXPECTED', error instanceof Error ? error.message : String(error), 0)
}
