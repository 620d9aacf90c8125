import { expect, test } from 'vitest'
import { ApiError, type FetchLike, fetchBlueprint, getJson, toApiError } from './client.ts'

function answering(response: Response, seen: string[] = []): FetchLike {
  return async (input) => {
    seen.push(input)
    return response
  }
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

test('a 2xx JSON body is returned as is', async () => {
  const body = await getJson<{ status: string }>('/api/health', {
    fetch: answering(json({ status: 'ok' })),
  })
  expect(body).toEqual({ status: 'ok' })
})

test('a non-2xx { code, message } body becomes an ApiError with that code, message and status', async () => {
  const fetch = answering(
    json({ code: 'EXAM_NOT_FOUND', message: 'No blueprint for exam XYZ-C01' }, 404),
  )
  const error = await failure(getJson('/api/blueprint?exam=XYZ-C01', { fetch }))
  expect([error.code, error.message, error.status]).toEqual([
    'EXAM_NOT_FOUND',
    'No blueprint for exam XYZ-C01',
    404,
  ])
})

test('a non-2xx body without code and message gets an HTTP_<status> code', async () => {
  const fetch = answering(
    new Response('<h1>Bad Gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
  )
  const error = await failure(getJson('/api/blueprint', { fetch }))
  expect([error.code, error.message, error.status]).toEqual([
    'HTTP_502',
    'The server answered 502 Bad Gateway',
    502,
  ])
})

test('a 2xx answer that is not JSON (the SPA fallback page) is a BAD_RESPONSE', async () => {
  const fetch = answering(new Response('<!doctype html>', { status: 200 }))
  const error = await failure(getJson('/api/nope', { fetch }))
  expect(error.code).toBe('BAD_RESPONSE')
  expect(error.message).toContain('/api/nope')
})

test('a fetch that throws is a NETWORK_ERROR with status 0', async () => {
  const fetch: FetchLike = async () => {
    throw new TypeError('Failed to fetch')
  }
  const error = await failure(getJson('/api/health', { fetch }))
  expect([error.code, error.status]).toEqual(['NETWORK_ERROR', 0])
  expect(error.message).toContain('Failed to fetch')
})

test('an aborted request rethrows the abort instead of reporting a network error', async () => {
  const controller = new AbortController()
  controller.abort()
  const fetch: FetchLike = async (_input, init) => {
    init?.signal?.throwIfAborted()
    return json({})
  }
  const error = await getJson('/api/health', { fetch, signal: controller.signal }).catch(
    (e: unknown) => e,
  )
  expect(error).not.toBeInstanceOf(ApiError)
  expect(error).toBeInstanceOf(DOMException)
})

test('fetchBlueprint asks for the MLA-C01 blueprint', async () => {
  const seen: string[] = []
  await fetchBlueprint({ fetch: answering(json({}), seen) })
  expect(seen).toEqual(['/api/blueprint?exam=MLA-C01'])
})

test('toApiError keeps ApiErrors and wraps anything else as UNEXPECTED', () => {
  const original = new ApiError('EXAM_NOT_FOUND', 'gone', 404)
  expect(toApiError(original)).toBe(original)
  expect([
    toApiError(new SyntaxError('bad')).code,
    toApiError(new SyntaxError('bad')).message,
  ]).toEqual(['UNEXPECTED', 'bad'])
  expect(toApiError('oops').message).toBe('oops')
})
