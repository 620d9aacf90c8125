/** The documentation URLs authors may cite, loaded from the catalog TSV (first column). */
export type DocsCatalog = ReadonlyMap<string, { title: string; topic: string }>

export function parseDocsCatalog(tsv: string): DocsCatalog {
  const catalog = new Map<string, { title: string; topic: string }>()
  for (const line of tsv.split('\n').slice(1)) {
    const [url, title = '', topic = ''] = line.split('\t')
    if (url?.startsWith('http')) catalog.set(normalizeDocUrl(url), { title, topic })
  }
  return catalog
}

/** Fragments and trailing whitespace do not make a different page. */
export function normalizeDocUrl(url: string): string {
  return url.trim().replace(/#.*$/, '')
}

/** Documentation links written inside Markdown bodies. */
export function markdownDocLinks(body: string): { url: string; lineIndex: number }[] {
  const links: { url: string; lineIndex: number }[] = []
  body.split('\n').forEach((line, lineIndex) => {
    for (const match of line.matchAll(/https:\/\/docs\.aws\.amazon\.com\/[^\s)>\]"']+/g)) {
      links.push({ url: match[0], lineIndex })
    }
  })
  return links
}
