import { join } from 'node:path'
import { expect, test } from 'vitest'
import { type Config, ConfigError, DEFAULT_HOST, DEFAULT_PORT, loadConfig } from './config.ts'

const HOME = { HOME: '/home/learner' }

function errorOf(env: Record<string, string>, overrides = {}): ConfigError {
  const result = loadConfig({ ...HOME, ...env }, overrides)
  if (!(result instanceof ConfigError))
    throw new Error(`expected a ConfigError, got ${JSON.stringify(result)}`)
  return result
}

function configOf(env: Record<string, string>): Config {
  const result = loadConfig(env)
  if (result instanceof ConfigError) throw result
  return result
}

test('defaults: loopback on 4173, embedded database under the home folder, repo content', () => {
  const config = configOf(HOME)
  expect(config).toMatchObject({
    port: DEFAULT_PORT,
    host: DEFAULT_HOST,
    dataDir: '/home/learner/.local/share/certforge',
    logLevel: 'info',
  })
  expect(config).not.toHaveProperty('databaseUrl')
  expect(DEFAULT_HOST).toBe('127.0.0.1')
  expect(config.contentDir).toBe(join(new URL('../../../', import.meta.url).pathname, 'content'))
  expect(config.webDir.endsWith(join('packages', 'web', 'dist'))).toBe(true)
})

test('a bad PORT is a one-line ConfigError naming PORT and the fix', () => {
  for (const port of ['abc', '65536', '-1', '80.5']) {
    const error = errorOf({ PORT: port })
    expect(error.setting).toBe('PORT')
    expect(error.message).toBe(
      `PORT="${port}" is not a port number (expected an integer from 0 to 65535)`,
    )
  }
  expect(loadConfig({ PORT: '0' })).toMatchObject({ port: 0 })
})

test('DATABASE_URL must be postgres:// or postgresql://, and the message never echoes it', () => {
  const error = errorOf({ DATABASE_URL: 'mysql://root:hunter2@db/certforge' })
  expect(error.setting).toBe('DATABASE_URL')
  expect(error.message).toMatch(
    /^DATABASE_URL uses "mysql:\/\/" \(expected postgres:\/\/ or postgresql:\/\//,
  )
  expect(error.message).not.toContain('hunter2')
  expect(errorOf({ DATABASE_URL: 'hunter2' }).message).not.toContain('hunter2')
  for (const url of ['postgres://u:p@h:5432/d', 'postgresql://h/d']) {
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({ databaseUrl: url })
  }
})

test('~ in folder settings expands to the home folder', () => {
  const config = loadConfig({ ...HOME, CERTFORGE_DATA_DIR: '~/study', CERTFORGE_WEB_DIR: '~' })
  expect(config).toMatchObject({ dataDir: '/home/learner/study', webDir: '/home/learner' })
})

test('CLI overrides win over the environment; empty values count as unset', () => {
  expect(loadConfig({ PORT: '5000', HOST: '' }, { PORT: '6000', HOST: undefined })).toMatchObject({
    port: 6000,
    host: DEFAULT_HOST,
  })
  expect(errorOf({}, { PORT: 'x' }).setting).toBe('PORT')
})

test('several bad settings are reported together on one line', () => {
  const error = errorOf({ PORT: 'x', LOG_LEVEL: 'loud' })
  expect(error.message).toBe(
    'PORT="x" is not a port number (expected an integer from 0 to 65535); LOG_LEVEL="loud" is not a log level (expected one of fatal, error, warn, info, debug, trace, silent)',
  )
  expect(error.message).not.toContain('\n')
})
