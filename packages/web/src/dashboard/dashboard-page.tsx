import type { BlueprintView } from '@certforge/core'
import { Link } from 'react-router'
import { fetchBlueprint } from '../api/client.ts'
import { useApi } from '../api/use-api.ts'
import { AsyncView } from '../app/async-view.tsx'
import { usePageTitle } from '../app/page-title.ts'

function PackTotals({ view }: { view: BlueprintView }) {
  const totals = [
    { label: 'Objectives', value: view.totals.objectives },
    { label: 'Live items', value: view.totals.liveItems },
    { label: 'Lessons', value: view.totals.lessons },
    { label: 'Flashcards', value: view.totals.flashcards },
  ]
  return (
    <section aria-labelledby="pack-heading">
      <h2 id="pack-heading">Content pack</h2>
      <p>
        {view.exam.name} ({view.exam.code})
      </p>
      <dl className="stat-grid">
        {totals.map((t) => (
          <div key={t.label} className="stat">
            <dt>{t.label}</dt>
            <dd>{t.value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link to="/blueprint">See every objective and its coverage in the blueprint</Link>
      </p>
    </section>
  )
}

export function DashboardPage() {
  usePageTitle('Dashboard')
  const { state, retry } = useApi(fetchBlueprint)
  return (
    <article className="page">
      <h1>Dashboard</h1>
      <AsyncView state={state} retry={retry} what="the content pack">
        {(view) => <PackTotals view={view} />}
      </AsyncView>
    </article>
  )
}
