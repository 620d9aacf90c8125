import type { ItemType } from './blueprint-schema.ts'

/**
 * Starter files for `certforge content new`. They parse, but carry TODO markers and an empty
 * reference list, so `content check` tells the author exactly what is left to write.
 */
export type StubOptions = { id: string; exam: string; objective: string; service: string }

const OPTION = (id: string, correct: boolean) =>
  `  - id: ${id}\n    text: TODO option ${id}\n    correct: ${correct}\n    rationale: TODO why this option is ${correct ? 'right' : 'wrong'} in this scenario\n`

function questionBody(
  type: Exclude<ItemType, 'case-study'>,
  indent: string,
  o: StubOptions,
): string {
  const common = `stem: TODO a scenario that ends in one clear question${type === 'multiple' ? ' (Choose two.)' : ''}\nexplanation: TODO the reasoning a learner should take away\ndifficulty: 3\nobjectives:\n  ${o.exam}: [${o.objective}]\n`
  let answer = ''
  if (type === 'single')
    answer = `options:\n${OPTION('a', true)}${OPTION('b', false)}${OPTION('c', false)}${OPTION('d', false)}`
  if (type === 'multiple')
    answer = `options:\n${OPTION('a', true)}${OPTION('b', true)}${OPTION('c', false)}${OPTION('d', false)}${OPTION('e', false)}`
  if (type === 'ordering') {
    answer = `steps: # in the correct order\n${['a', 'b', 'c'].map((id) => `  - id: ${id}\n    text: TODO step ${id}\n    rationale: TODO why this step comes here\n`).join('')}`
  }
  if (type === 'matching') {
    answer = `prompts:\n${[1, 2, 3].map((n) => `  - id: p${n}\n    text: TODO prompt ${n}\n    match: r${n}\n    rationale: TODO why p${n} goes with r${n}\n`).join('')}responses:\n${[1, 2, 3].map((n) => `  - id: r${n}\n    text: TODO response ${n}\n`).join('')}`
  }
  return `${common}${answer}`
    .split('\n')
    .map((line) => (line === '' ? line : `${indent}${line}`))
    .join('\n')
}

export function itemStub(type: ItemType, o: StubOptions): string {
  const head = `id: ${o.id}\ntype: ${type}\nstatus: draft\nservices: [${o.service}]\nreferences: [] # TODO URLs from content/aws-docs-catalog.tsv\n`
  if (type !== 'case-study') return `${head}${questionBody(type, '', o)}`
  const sub = (n: number) =>
    `  - id: ${o.id}.${n}\n    type: single\n${questionBody('single', '    ', o)}`
  return `${head}title: TODO a short name for the case\nscenario: TODO the shared scenario every question refers to\nquestions:\n${sub(1)}${sub(2)}`
}

export function lessonStub(o: StubOptions & { task: string; title: string }): string {
  return `---\nid: ${o.id}\ntitle: ${o.title}\ntaskStatements:\n  ${o.exam}: ["${o.task}"]\nobjectives:\n  ${o.exam}: [${o.objective}]\nservices: [${o.service}]\nminutes: 15\n---\n\n## Concepts\n\nTODO\n\n## How AWS implements it\n\nTODO\n\n## Decision table\n\n| When | Choose | Why |\n| --- | --- | --- |\n| TODO | TODO | TODO |\n\n## Limits and defaults that matter\n\nTODO\n\n## Common traps\n\nTODO\n\n## Worked scenario\n\nTODO\n\n## Key facts\n\n- TODO\n\n## Documentation\n\n- TODO a URL from content/aws-docs-catalog.tsv\n`
}

export function cardStub(o: StubOptions): string {
  return `  - id: ${o.id}\n    front: TODO the question side\n    back: TODO the answer side\n    objectives:\n      ${o.exam}: [${o.objective}]\n    services: [${o.service}]\n    references: []\n`
}
