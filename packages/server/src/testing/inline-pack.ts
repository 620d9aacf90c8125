import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { buildPack, type PackResult, type SourceFile } from '@certforge/core'

function blueprintYaml(code: string, name: string): string {
  return `exam:
  code: ${code}
  name: ${name}
  version: '1.0'
format:
  items: 65
  scored: 50
  unscored: 15
  minutes: 130
  accommodationMinutes: 30
  scale: { min: 100, max: 1000 }
  passingScore: 720
  itemTypes: [single, multiple]
domains:
  - id: '1'
    title: Data Preparation
    weight: 100
    taskStatements:
      - id: '1.1'
        title: Ingest and store data
        objectives:
          - id: 1.1.K1
            kind: knowledge
            description: Data formats and ingestion mechanisms
          - id: 1.1.S1
            kind: skill
            description: Choosing storage options for training data
services:
  - slug: amazon-s3
    name: Amazon S3
    category: Storage
`
}

const LESSON = `---
id: s3-basics
title: S3 for training data
taskStatements: { MLA-C01: ['1.1'] }
objectives: { MLA-C01: [1.1.K1] }
services: [amazon-s3]
minutes: 10
---
Training data usually lives in S3.

## Key facts

- S3 stores objects in buckets.
`

/** The inline pack as files, relative to a content root (the layout `loadPack` reads). */
export const INLINE_FILES: Readonly<Record<string, string>> = {
  'mla-c01/blueprint.yaml': blueprintYaml('MLA-C01', 'ML Engineer Associate'),
  'mla-c02/blueprint.yaml': blueprintYaml('MLA-C02', 'ML Engineer Associate v2'),
  'mla-c01/lessons/s3-basics.md': LESSON,
  'aws-docs-catalog.tsv': 'url\ttitle\ttopic\n',
}

function file(path: string): SourceFile {
  return { path: `content/${path}`, text: INLINE_FILES[path] ?? '' }
}

/**
 * A small valid pack built from inline YAML, so server tests do not depend on the real content
 * folder while authors are still writing it. Two exams, one lesson (`s3-basics`), no items.
 */
export function inlinePack(): PackResult {
  const result = buildPack({
    blueprints: [file('mla-c01/blueprint.yaml'), file('mla-c02/blueprint.yaml')],
    items: [],
    lessons: [file('mla-c01/lessons/s3-basics.md')],
    decks: [],
    guide: [],
    catalog: INLINE_FILES['aws-docs-catalog.tsv'] ?? '',
  })
  if (result.issues.length > 0) {
    throw new Error(`the inline test pack is invalid: ${JSON.stringify(result.issues)}`)
  }
  return result
}

/** Writes the inline pack under `root`, for tests that start the whole server. */
export async function writeInlinePack(root: string): Promise<void> {
  for (const [path, text] of Object.entries(INLINE_FILES)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
}

/** A pack where nothing validated, as when every blueprint has errors. */
export function emptyPack(): PackResult {
  return {
    pack: { blueprints: [], items: [], lessons: [], flashcards: [], guide: [] },
    issues: [{ path: 'content', line: 1, message: 'no blueprint.yaml found', severity: 'error' }],
  }
}
