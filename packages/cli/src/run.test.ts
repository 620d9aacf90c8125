import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { copyMiniPack } from '../../../tests/support/fixture-pack.ts'
import { memoryIo } from '../../../tests/support/memory-io.ts'
import { run } from './run.ts'

test('--version prints the package version', async () => {
  const io = memoryIo('/')
  expect(await run(['--version'], io)).toBe(0)
  expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/)
})

test('every command has --help', async () => {
  for (const argv of [
    ['--help'],
    ['serve', '--help'],
    ['content', 'check', '--help'],
    ['content', 'coverage', '--help'],
    ['content', 'export', '--help'],
    ['content', 'new', '--help'],
  ]) {
    const io = memoryIo('/')
    expect(await run([...argv], io)).toBe(0)
    expect(io.out()).toMatch(/^Usage: certforge/)
  }
})

test('an unknown flag prints the error and the usage, exit 1', async () => {
  const io = memoryIo('/')
  expect(await run(['content', 'check', '--frobnicate'], io)).toBe(1)
  expect(io.err()).toContain("error: unknown option '--frobnicate'")
  expect(io.err()).toContain('Usage: certforge content check [options]')
})

test('a missing content folder is one clear line, not a stack trace', async () => {
  const io = memoryIo('/tmp')
  expect(await run(['content', 'check', '--content', 'nowhere'], io)).toBe(1)
  expect(io.err()).toBe(
    'certforge: --content nowhere: no such folder (expected the folder holding <exam>/blueprint.yaml)\n',
  )
})

test('coverage --json counts live items (sub-items one by one), lessons and cards, and lists gaps', async () => {
  const { root } = copyMiniPack()
  const io = memoryIo(root)
  expect(await run(['content', 'coverage', '--json'], io)).toBe(0)
  const report = JSON.parse(io.out())
  expect(report.exam).toBe('MINI-C01')
  expect(report.objectives.find((o: { id: string }) => o.id === '1.1.K1')).toMatchObject({
    items: 2,
    lessons: 1,
    flashcards: 1,
  })
  expect(report.objectives.find((o: { id: string }) => o.id === '1.1.K2')).toMatchObject({
    items: 2,
    lessons: 0,
    flashcards: 0,
  })
  expect(report.gaps).toContainEqual({
    kind: 'objective',
    id: '1.1.K2',
    missing: ['lessons', 'flashcards'],
  })
})

test('coverage as text ends with the gaps', async () => {
  const { root } = copyMiniPack()
  const io = memoryIo(root)
  expect(await run(['content', 'coverage'], io)).toBe(0)
  expect(io.out()).toContain('Gaps: 2 of 3 objectives and 1 of 2 services lack something')
  expect(io.out()).toContain('objective 1.1.K2: no lessons, no flashcards')
})

test('export writes the validated pack as one JSON file', async () => {
  const { root } = copyMiniPack()
  const io = memoryIo(root)
  expect(await run(['content', 'export', '--json', 'pack.json'], io)).toBe(0)
  const pack = JSON.parse(readFileSync(join(root, 'pack.json'), 'utf8'))
  expect(pack).toMatchObject({ format: 'certforge-pack', formatVersion: 1 })
  expect(pack.items).toHaveLength(5)
  expect(pack.items[0].options[0]).toHaveProperty('rationale')
  expect(pack.lessons[0].keyFacts).toEqual(['Fixture fact one.', 'Fixture fact two.'])
  expect(pack.flashcards[0].deck).toBe('storage')
})

test('export without --json is a usage error', async () => {
  const io = memoryIo('/')
  expect(await run(['content', 'export'], io)).toBe(1)
  expect(io.err()).toContain("required option '--json <file>' not specified")
})

test('content new item writes a stub that check then walks the author through', async () => {
  const { root } = copyMiniPack()
  const io = memoryIo(root)
  expect(
    await run(
      [
        'content',
        'new',
        'item',
        '--type',
        'multiple',
        '--objective',
        '1.1.K2',
        '--service',
        'amazon-s3',
      ],
      io,
    ),
  ).toBe(0)
  const path = /wrote (\S+)/.exec(io.out())?.[1] ?? ''
  expect(path).toMatch(/^content\/mini-c01\/items\/1\.1\/q-[0-9a-f]{8}\.yaml$/)
  expect(existsSync(join(root, path))).toBe(true)
  const check = memoryIo(root)
  expect(await run(['content', 'check', '--no-history'], check)).toBe(1)
  expect(check.out()).toContain(
    `${path}:5: references is too short or too small (expected at least 1)`,
  )
})

test('content new lesson and card write files that name the fix', async () => {
  const { root } = copyMiniPack()
  const lesson = memoryIo(root)
  expect(
    await run(
      ['content', 'new', 'lesson', '--slug', 'formats-101', '--task', '1.1', '--title', 'Formats'],
      lesson,
    ),
  ).toBe(0)
  expect(lesson.out()).toContain('content/mini-c01/lessons/1/formats-101.md')
  const card = memoryIo(root)
  expect(await run(['content', 'new', 'card', '--deck', 'storage'], card)).toBe(0)
  const check = memoryIo(root)
  expect(await run(['content', 'check', '--no-history'], check)).toBe(1)
  expect(check.out()).toMatch(/formats-101\.md:\d+: lesson still contains a TODO marker/)
  expect(check.out()).toMatch(
    /storage\.yaml:\d+: flashcard fc-[0-9a-f]{8} still contains a TODO marker/,
  )
})

test('content new rejects a bad type with the allowed values', async () => {
  const { root } = copyMiniPack()
  const io = memoryIo(root)
  expect(await run(['content', 'new', 'item', '--type', 'essay'], io)).toBe(1)
  expect(io.err()).toBe(
    'certforge: --type essay: unknown item type (expected one of single, multiple, ordering, matching, case-study)\n',
  )
})

test('serve with a bad PORT prints one line naming PORT and exits 1', async () => {
  const io = memoryIo('/', { PORT: 'abc' })
  expect(await run(['serve'], io)).toBe(1)
  const lines = io.err().trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^certforge: PORT.*abc/)
})

test('serve with an unreachable DATABASE_URL prints one line without the password, exit 1', async () => {
  const io = memoryIo('/', {
    DATABASE_URL: 'postgres://learner:hunter2@127.0.0.1:1/certforge',
    PORT: '0',
    LOG_LEVEL: 'silent',
  })
  expect(await run(['serve'], io)).toBe(1)
  const lines = io.err().trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(
    /^certforge: DATABASE_URL: cannot connect to postgres:\/\/learner@127\.0\.0\.1:1\/certforge/,
  )
  expect(io.err()).not.toContain('hunter2')
})

test('serve with a bad --host names the flag, exit 1', async () => {
  const io = memoryIo('/', { PORT: '0' })
  expect(await run(['serve', '--host', 'not a host!'], io)).toBe(1)
  expect(io.err()).toMatch(/^certforge: HOST/)
})

test('export to a folder that does not exist is one line, not a stack trace', async () => {
  const { root } = copyMiniPack()
  const io = memoryIo(root)
  expect(await run(['content', 'export', '--json', 'missing/dir/pack.json'], io)).toBe(1)
  expect(io.err()).toBe(
    'certforge: --json missing/dir/pack.json: cannot write the file (ENOENT; expected a path in an existing, writable folder)\n',
  )
})
