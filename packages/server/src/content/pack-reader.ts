import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { buildPack, type PackResult, type PackSources, type SourceFile } from '@certforge/core'

/** Catalog of citable documentation URLs, shared by every exam pack. */
export const CATALOG_FILE = 'aws-docs-catalog.tsv'

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

async function walk(dir: string, extensions: readonly string[]): Promise<string[]> {
  if (!(await exists(dir))) return []
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/** Paths in messages are relative to where the author runs the command, with forward slashes. */
function displayPath(path: string, cwd: string): string {
  return relative(cwd, path).split(sep).join('/')
}

async function readSources(paths: string[], cwd: string): Promise<SourceFile[]> {
  return Promise.all(
    paths.map(async (p) => ({ path: displayPath(p, cwd), text: await readFile(p, 'utf8') })),
  )
}

/**
 * Reads every exam folder under the content root (`<root>/<exam>/blueprint.yaml`, `items/`,
 * `lessons/`, `flashcards/`, `guide/`) into one source set. Items of every folder form one bank,
 * so a second blueprint (MLA-C02) can map the same items to its own objectives.
 */
export async function readPackSources(
  contentRoot: string,
  cwd = process.cwd(),
): Promise<PackSources> {
  const examDirs = (await readdir(contentRoot, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => join(contentRoot, e.name))
    .sort()
  const collect = async (sub: string, ext: readonly string[]) =>
    readSources((await Promise.all(examDirs.map((d) => walk(join(d, sub), ext)))).flat(), cwd)
  const blueprintPaths = (
    await Promise.all(
      examDirs.map(async (d) =>
        (await exists(join(d, 'blueprint.yaml'))) ? [join(d, 'blueprint.yaml')] : [],
      ),
    )
  ).flat()
  const catalogPath = join(contentRoot, CATALOG_FILE)
  return {
    blueprints: await readSources(blueprintPaths, cwd),
    items: await collect('items', ['.yaml', '.yml']),
    lessons: await collect('lessons', ['.md']),
    decks: await collect('flashcards', ['.yaml', '.yml']),
    guide: await collect('guide', ['.md']),
    catalog: (await exists(catalogPath)) ? await readFile(catalogPath, 'utf8') : '',
  }
}

/** Reads and validates the pack under a content root. */
export async function loadPack(contentRoot: string, cwd = process.cwd()): Promise<PackResult> {
  return buildPack(await readPackSources(contentRoot, cwd))
}
