import { expect, test } from 'vitest'
import { FIXED_NOW, openTestDatabase, testApp } from '../testing/test-app.ts'

const db = await openTestDatabase()
const PROGRESS = '/api/me/lessons/s3-basics/progress'

function put(url: string, payload: unknown) {
  return testApp(db).inject({
    method: 'PUT',
    url,
    payload: JSON.stringify(payload),
    headers: { 'content-type': 'application/json' },
  })
}

test('lesson progress round-trips for the local learner', async () => {
  const app = testApp(db)
  expect((await app.inject({ url: PROGRESS })).json()).toEqual({
    lessonId: 's3-basics',
    completed: false,
    completedAt: null,
  })
  const done = { lessonId: 's3-basics', completed: true, completedAt: FIXED_NOW.toISOString() }
  expect((await put(PROGRESS, { completed: true })).json()).toEqual(done)
  expect((await app.inject({ url: PROGRESS })).json()).toEqual(done)
  expect((await put(PROGRESS, { completed: false })).json()).toEqual({
    lessonId: 's3-basics',
    completed: false,
    completedAt: null,
  })
})

test('a bad progress body is a 400 naming the field and what it expects', async () => {
  const cases: [unknown, string][] = [
    [{ completed: 'yes' }, 'body.completed is "yes" (expected boolean)'],
    [{}, 'body.completed is missing (expected boolean)'],
    [
      { completed: true, extra: 1 },
      'unknown field extra in body (expected only the fields in /api/openapi.json)',
    ],
  ]
  for (const [payload, message] of cases) {
    const res = await put(PROGRESS, payload)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({ code: 'VALIDATION_FAILED', message })
  }
})

test('a progress request without a body says the body is missing', async () => {
  const res = await testApp(db).inject({ method: 'PUT', url: PROGRESS })
  expect(res.statusCode).toBe(400)
  expect(res.json()).toEqual({
    code: 'VALIDATION_FAILED',
    message: 'body is missing (expected a JSON object)',
  })
})

test('progress for a lesson outside the pack is 404 LESSON_NOT_FOUND; a malformed id is 400', async () => {
  const missing = await testApp(db).inject({ url: '/api/me/lessons/no-such-lesson/progress' })
  expect(missing.statusCode).toBe(404)
  expect(missing.json().code).toBe('LESSON_NOT_FOUND')
  const malformed = await put('/api/me/lessons/Not_A_Slug/progress', { completed: true })
  expect(malformed.statusCode).toBe(400)
  expect(malformed.json().message).toMatch(
    /^path\.lessonId is "Not_A_Slug" \(expected a lesson id like/,
  )
})

test('preferences are stored per key and listed together', async () => {
  const app = testApp(db)
  expect((await app.inject({ url: '/api/me/preferences' })).json()).toEqual({ preferences: {} })
  expect((await put('/api/me/preferences/theme', { value: 'dark' })).json()).toEqual({
    key: 'theme',
    value: 'dark',
  })
  await put('/api/me/preferences/exam.showTimer', { value: { enabled: false, minutes: [10, 5] } })
  await put('/api/me/preferences/theme', { value: null })
  expect((await app.inject({ url: '/api/me/preferences' })).json()).toEqual({
    preferences: { 'exam.showTimer': { enabled: false, minutes: [10, 5] }, theme: null },
  })
})

test('a bad preference key or a missing value is a 400 naming it', async () => {
  const badKey = await put('/api/me/preferences/9lives', { value: 1 })
  expect(badKey.statusCode).toBe(400)
  expect(badKey.json().message).toMatch(/^path\.key is "9lives" \(expected a key like theme/)
  const noValue = await put('/api/me/preferences/theme', {})
  expect(noValue.json()).toEqual({
    code: 'VALIDATION_FAILED',
    message: 'body.value is missing (expected a JSON value)',
  })
})
