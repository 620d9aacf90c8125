import { readFile } from 'node:fs/promises'
import { expect, test } from 'vitest'
import { AppError, ERROR_CODES, ERRORS } from './errors.ts'
import { toAppError } from './http/error-handler.ts'

const DOC = new URL('../../../docs/errors.md', import.meta.url)

test('docs/errors.md documents every code with its status, and nothing else', async () => {
  const rows = [
    ...(await readFile(DOC, 'utf8')).matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(\d{3})\s*\|/gm),
  ]
  const documented = Object.fromEntries(rows.map(([, code, status]) => [code, Number(status)]))
  const catalogue = Object.fromEntries(ERROR_CODES.map((code) => [code, ERRORS[code].status]))
  expect(documented).toEqual(catalogue)
})

test('an AppError takes its status from the catalogue and its message from the detail', () => {
  const plain = new AppError('NOT_FOUND')
  expect(plain.toBody()).toEqual({ code: 'NOT_FOUND', message: ERRORS.NOT_FOUND.message })
  expect(plain.statusCode).toBe(404)
  expect(new AppError('EXAM_NOT_FOUND', 'exam "X" …').toBody().message).toBe('exam "X" …')
})

test('client errors keep their meaning and everything else becomes INTERNAL', () => {
  const fastifyError = (statusCode: number, message: string) =>
    Object.assign(new Error(message), { statusCode, code: 'FST' })
  expect(toAppError(fastifyError(415, 'x')).code).toBe('UNSUPPORTED_MEDIA_TYPE')
  expect(toAppError(fastifyError(413, 'x')).code).toBe('PAYLOAD_TOO_LARGE')
  expect(toAppError(fastifyError(400, 'Body is not valid JSON')).toBody()).toEqual({
    code: 'BAD_REQUEST',
    message: 'Body is not valid JSON',
  })
  expect(toAppError(fastifyError(502, 'upstream secret')).toBody()).toEqual(
    new AppError('INTERNAL').toBody(),
  )
  expect(toAppError(new TypeError('boom')).code).toBe('INTERNAL')
  expect(toAppError('a string').code).toBe('INTERNAL')
})

test('a database that went away is a 503 DATABASE_UNAVAILABLE, not a bug', () => {
  const away = (code: string) => Object.assign(new Error('terminating connection'), { code })
  expect(toAppError(away('57P01')).code).toBe('DATABASE_UNAVAILABLE')
  expect(toAppError(away('08006')).code).toBe('DATABASE_UNAVAILABLE')
  expect(toAppError(away('ECONNREFUSED')).code).toBe('DATABASE_UNAVAILABLE')
  expect(toAppError(away('23505')).code).toBe('INTERNAL')
})
