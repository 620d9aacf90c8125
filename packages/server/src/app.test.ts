import { blueprintView } from '@certforge/core'
import { expect, test } from 'vitest'
import { openPglite } from './db/pglite.ts'
import { SECURITY_HEADERS } from './http/security-headers.ts'
import { emptyPack, inlinePack } from './testing/inline-pack.ts'
import { openTestDatabase, testApp } from './testing/test-app.ts'

const db = await openTestDatabase()

test('health reports the database and the pack counts', async () => {
  const res = await testApp(db).inject({ url: '/api/health' })
  expect(res.statusCode).toBe(200)
  expect(res.json()).toEqual({
    status: 'ok',
    database: { kind: 'pglite', ok: true },
    content: {
      blueprints: 2,
      items: 0,
      lessons: 1,
      flashcards: 0,
      guidePages: 0,
      errors: 0,
      warnings: 0,
    },
  })
})

test('health counts pack errors without failing', async () => {
  const res = await testApp(db, { content: emptyPack() }).inject({ url: '/api/health' })
  expect(res.statusCode).toBe(200)
  expect(res.json().content).toMatchObject({ blueprints: 0, errors: 1 })
})

test('health is 503 when the database does not answer', async () => {
  const closed = await openPglite()
  await closed.close()
  const res = await testApp(closed).inject({ url: '/api/health' })
  expect(res.statusCode).toBe(503)
  expect(res.json()).toMatchObject({
    status: 'unavailable',
    database: { kind: 'pglite', ok: false },
  })
})

test('exams lists every blueprint in pack order', async () => {
  const res = await testApp(db).inject({ url: '/api/exams' })
  expect(res.json().exams.map((e: { code: string }) => e.code)).toEqual(['MLA-C01', 'MLA-C02'])
})

test('blueprint defaults to the first exam and returns the core blueprint view', async () => {
  const { pack } = inlinePack()
  const [first, second] = pack.blueprints
  const app = testApp(db)
  const byDefault = await app.inject({ url: '/api/blueprint' })
  expect(byDefault.statusCode).toBe(200)
  expect(byDefault.json()).toEqual(first && blueprintView(pack, first))
  const named = await app.inject({ url: '/api/blueprint?exam=MLA-C02' })
  expect(named.json()).toEqual(second && blueprintView(pack, second))
})

test('an unknown exam is a 404 EXAM_NOT_FOUND naming the known exams', async () => {
  const res = await testApp(db).inject({ url: '/api/blueprint?exam=SAA-C03' })
  expect(res.statusCode).toBe(404)
  expect(res.json()).toEqual({
    code: 'EXAM_NOT_FOUND',
    message: 'exam "SAA-C03" has no blueprint (expected one of MLA-C01, MLA-C02)',
  })
})

test('a pack without any valid blueprint answers 503 CONTENT_INVALID', async () => {
  const res = await testApp(db, { content: emptyPack() }).inject({ url: '/api/blueprint' })
  expect(res.statusCode).toBe(503)
  expect(res.json().code).toBe('CONTENT_INVALID')
})

test('a repeated query parameter is a 400 naming it', async () => {
  const res = await testApp(db).inject({ url: '/api/blueprint?exam=MLA-C01&exam=MLA-C02' })
  expect(res.statusCode).toBe(400)
  expect(res.json()).toMatchObject({
    code: 'VALIDATION_FAILED',
    message: expect.stringContaining('query.exam'),
  })
})

test('unknown API paths and methods are a JSON 404 NOT_FOUND', async () => {
  const app = testApp(db)
  for (const [method, url] of [
    ['GET', '/api/nope'],
    ['POST', '/api/health'],
    ['GET', '/api'],
  ] as const) {
    const res = await app.inject({ method, url })
    expect(res.statusCode).toBe(404)
    expect(res.headers['content-type']).toMatch(/^application\/json/)
    expect(res.json()).toEqual({
      code: 'NOT_FOUND',
      message: `no API route ${method} ${url} (expected a route listed in /api/openapi.json)`,
    })
  }
})

test('malformed JSON is a 400 BAD_REQUEST in the same shape', async () => {
  const res = await testApp(db).inject({
    method: 'PUT',
    url: '/api/me/preferences/theme',
    headers: { 'content-type': 'application/json' },
    payload: '{"value":',
  })
  expect(res.statusCode).toBe(400)
  expect(Object.keys(res.json())).toEqual(['code', 'message'])
  expect(res.json().code).toBe('BAD_REQUEST')
})

test('an unexpected error is a logged 500 INTERNAL that leaks neither message nor stack', async () => {
  const lines: string[] = []
  const { createLogger } = await import('./logger.ts')
  const app = testApp(db, { logger: createLogger('error', { write: (line) => lines.push(line) }) })
  app.get('/api/boom', async () => {
    throw new Error('secret internals at /srv/app.ts:12')
  })
  const res = await app.inject({ url: '/api/boom' })
  expect(res.statusCode).toBe(500)
  expect(res.json()).toEqual({
    code: 'INTERNAL',
    message: 'Something went wrong on the server; the log has the details',
  })
  expect(res.body).not.toContain('secret')
  expect(lines.join('')).toContain('secret internals')
})

test('every response carries the same-origin security headers', async () => {
  const res = await testApp(db).inject({ url: '/api/exams' })
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(res.headers[name]).toBe(value)
  expect(SECURITY_HEADERS['content-security-policy']).not.toMatch(/https?:|\*/)
})

test('the OpenAPI document lists every API route with its schemas', async () => {
  const res = await testApp(db).inject({ url: '/api/openapi.json' })
  expect(res.statusCode).toBe(200)
  const doc = res.json()
  expect(doc.openapi).toBe('3.1.0')
  const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
    ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  )
  expect(routes.sort()).toEqual([
    'GET /api/blueprint',
    'GET /api/exams',
    'GET /api/health',
    'GET /api/me/lessons/{lessonId}/progress',
    'GET /api/me/preferences',
    'GET /api/openapi.json',
    'PUT /api/me/lessons/{lessonId}/progress',
    'PUT /api/me/preferences/{key}',
  ])
  const put = doc.paths['/api/me/lessons/{lessonId}/progress'].put
  expect(put.requestBody.content['application/json'].schema).toMatchObject({
    type: 'object',
    required: ['completed'],
    properties: { completed: { type: 'boolean' } },
  })
  expect(put.parameters).toEqual([
    expect.objectContaining({ in: 'path', name: 'lessonId', required: true }),
  ])
  expect(
    doc.paths['/api/blueprint'].get.responses['404'].content['application/json'].schema.properties
      .code.enum,
  ).toContain('EXAM_NOT_FOUND')
})
