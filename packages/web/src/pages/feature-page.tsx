import { usePageTitle } from '../app/page-title.ts'

export function FeaturePage({ title, summary }: { title: string; summary: string }) {
  usePageTitle(title)
  return (
    <article className="page">
      <h1>{title}</h1>
      <p className="lead">{summary}</p>
      <p className="muted">Not built yet.</p>
    </article>
  )
}
