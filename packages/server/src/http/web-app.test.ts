import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { openTestDatabase, tempDir, testApp } from '../testing/test-app.ts'
import { NOT_BUILT_MESSAGE } from './web-app.ts'

const db = await openTestDatabase()
const INDEX = '<!doctype html><title>certforge</title><div id="root"></div>'

async function builtWebDir(): Promise<string> {
  const dir = await tempDir('web')
  await mkdir(join(dir, 'assets'))
  await writeFile(join(dir, 'index.html'), INDEX)
  await writeFile(join(dir, 'assets', 'app-1a2b.js'), 'console.log("app")')
  return dir
}

test('without a web build, pages answer 503 saying to run npm run build', async () => {
  const app = testApp(db, { config: { webDir: await tempDir('empty-web') } })
  for (const url of ['/', '/lessons/s3-basics']) {
    const res = await app.inject({ url })
    expect(res.statusCode).toBe(503)
    expect(res.headers['content-type']).toMatch(/^text\/plain/)
    expect(res.body).toBe(NOT_BUILT_MESSAGE)
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
  }
  expect((await app.inject({ url: '/api/nope' })).json().code).toBe('NOT_FOUND')
})

test('the built web app is served, with index.html for client-side routes', async () => {
  const app = testApp(db, { config: { webDir: await builtWebDir() } })
  const home = await app.inject({ url: '/' })
  expect(home.statusCode).toBe(200)
  expect(home.body).toBe(INDEX)
  expect(home.headers['content-security-policy']).toContain("default-src 'self'")
  const asset = await app.inject({ url: '/assets/app-1a2b.js' })
  expect(asset.headers['content-type']).toMatch(/javascript/)
  const route = await app.inject({ url: '/lessons/s3-basics?tab=facts' })
  expect(route.statusCode).toBe(200)
  expect(route.headers['content-type']).toMatch(/^text\/html/)
  expect(route.body).toBe(INDEX)
})

test('a missing asset stays a 404 and unknown API paths stay JSON when the app is built', async () => {
  const app = testApp(db, { config: { webDir: await builtWebDir() } })
  const asset = await app.inject({ url: '/assets/gone-9z9z.js' })
  expect(asset.statusCode).toBe(404)
  expect(asset.body).not.toContain('<!doctype')
  const api = await app.inject({ url: '/api/nope' })
  expect(api.statusCode).toBe(404)
  expect(api.json()).toMatchObject({ code: 'NOT_FOUND' })
})
