import { expect, test } from 'vitest'
import { openDatabase } from './open.ts'
import { DatabaseOpenError, redactDatabaseUrl, scrubPassword } from './open-error.ts'

test('an unreachable DATABASE_URL is one line naming the redacted URL and the reason', async () => {
  const error = await openDatabase({
    dataDir: '/unused',
    databaseUrl: 'postgres://u:secret@127.0.0.1:1/x',
  }).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DatabaseOpenError)
  expect(error).toMatchObject({
    setting: 'DATABASE_URL',
    message:
      'DATABASE_URL: cannot connect to postgres://u@127.0.0.1:1/x: connect ECONNREFUSED 127.0.0.1:1',
  })
  expect(String(error)).not.toContain('secret')
})

test('redaction drops the password and the query string, which may carry one too', () => {
  expect(
    redactDatabaseUrl('postgresql://app:p%40ss@db.local/certforge?password=x&sslmode=require'),
  ).toBe('postgresql://app@db.local:5432/certforge')
  expect(redactDatabaseUrl('not a url with hunter2')).not.toContain('hunter2')
  expect(scrubPassword('auth failed for p@ss and p%40ss', 'postgres://app:p%40ss@h/d')).toBe(
    'auth failed for *** and ***',
  )
})
