import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { copyMiniPack, edit } from '../../../../tests/support/fixture-pack.ts'
import { memoryIo } from '../../../../tests/support/memory-io.ts'
import { run } from '../run.ts'

const ITEM = 'content/mini-c01/items/1.1/q-0000aaaa.yaml'

test('the fixture pack is clean', async () => {
  const { root } = copyMiniPack()
  const io = memoryIo(root)
  expect(await run(['content', 'check', '--no-history'], io)).toBe(0)
  expect(io.out()).toBe(
    'content check: 0 errors, 0 warnings (1 blueprint, 5 items, 1 lessons, 1 flashcards, 1 guide pages)\n',
  )
})

test('three planted errors are all reported with path and line, and the exit code is 1', async () => {
  const { root, content } = copyMiniPack()
  edit(join(root, ITEM), '    rationale: Fixture rationale for the key option.\n', '')
  edit(
    join(content, 'mini-c01/items/1.1/q-0000bbbb.yaml'),
    'MINI-C01: [1.1.K2]',
    'MINI-C01: [1.1.K7]',
  )
  edit(
    join(content, 'mini-c01/flashcards/storage.yaml'),
    'services: [amazon-s3]',
    'services: [amazon-s4]',
  )
  const io = memoryIo(root)
  expect(await run(['content', 'check', '--no-history'], io)).toBe(1)
  expect(io.out().split('\n').slice(0, 3)).toEqual([
    'content/mini-c01/flashcards/storage.yaml:8: service amazon-s4 is not an in-scope service of any blueprint (expected a slug from blueprint.yaml services, such as amazon-s3)',
    `${ITEM}:12: options[0].rationale is missing (expected a rationale saying why this option is right or wrong in this scenario)`,
    'content/mini-c01/items/1.1/q-0000bbbb.yaml:6: objective 1.1.K7 is not in the MINI-C01 blueprint (expected an id such as 1.1.K1 or 1.1.K2)',
  ])
  expect(io.out()).toMatch(/content check: 3 errors, 0 warnings/)
})

test('lesson problems point at the body line', async () => {
  const { root, content } = copyMiniPack()
  const lesson = join(content, 'mini-c01/lessons/1/storage-basics.md')
  edit(lesson, '## Key facts', '## Facts')
  edit(lesson, 'storage-class-intro.html', 'made-up-page.html')
  const io = memoryIo(root)
  expect(await run(['content', 'check', '--no-history'], io)).toBe(1)
  expect(io.out()).toContain(
    'content/mini-c01/lessons/1/storage-basics.md:23: link https://docs.aws.amazon.com/AmazonS3/latest/userguide/made-up-page.html is not in the documentation catalog',
  )
  expect(io.out()).toMatch(/storage-basics\.md:\d+: lesson has no "## Key facts" section/)
})

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    stdio: 'pipe',
  })
}

test('the immutability rule catches an edited key and names the commit', async () => {
  const { root } = copyMiniPack()
  git(root, 'init', '-q')
  git(root, 'add', '.')
  git(root, 'commit', '-qm', 'first')
  edit(join(root, ITEM), '    correct: true\n', '')
  edit(
    join(root, ITEM),
    'text: Fixture option bravo\n',
    'text: Fixture option bravo\n    correct: true\n',
  )
  const io = memoryIo(root)
  expect(await run(['content', 'check'], io)).toBe(1)
  expect(io.out()).toMatch(
    new RegExp(
      `^${ITEM}:12: q-0000aaaa changed its key since commit [0-9a-f]{10} \\(expected committed items never to change: restore it, and put the new version in a new item with reimplements: q-0000aaaa\\)$`,
      'm',
    ),
  )
})

test('a mutation committed earlier is still caught, while explanation edits are free', async () => {
  const { root } = copyMiniPack()
  git(root, 'init', '-q')
  git(root, 'add', '.')
  git(root, 'commit', '-qm', 'first')
  edit(
    join(root, ITEM),
    'explanation: Fixture explanation.',
    'explanation: A clearer fixture explanation.',
  )
  git(root, 'commit', '-qam', 'explanation only')
  const clean = memoryIo(root)
  expect(await run(['content', 'check'], clean)).toBe(0)
  edit(join(root, ITEM), 'within twelve hours', 'within six hours')
  git(root, 'commit', '-qam', 'sneaky stem edit')
  const io = memoryIo(root)
  expect(await run(['content', 'check'], io)).toBe(1)
  expect(io.out()).toMatch(/q-0000aaaa changed its stem since commit/)
})

test('outside git the check says loudly that immutability was not checked', async () => {
  const { root } = copyMiniPack()
  const io = memoryIo(root)
  expect(await run(['content', 'check'], io)).toBe(0)
  expect(io.err()).toMatch(/immutability NOT checked: .* is not inside a git work tree/)
})
