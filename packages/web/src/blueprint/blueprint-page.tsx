import { fetchBlueprint } from '../api/client.ts'
import { useApi } from '../api/use-api.ts'
import { AsyncView } from '../app/async-view.tsx'
import { usePageTitle } from '../app/page-title.ts'
import { ExamOverview } from './exam-overview.tsx'
import { ObjectivesExplorer } from './objectives-explorer.tsx'
import { ServicesSection } from './services-section.tsx'
import './blueprint.css'

export function BlueprintPage() {
  usePageTitle('Blueprint')
  const { state, retry } = useApi(fetchBlueprint)
  return (
    <article className="page">
      <h1>Exam blueprint</h1>
      <AsyncView state={state} retry={retry} what="the blueprint">
        {(view) => (
          <>
            <ExamOverview view={view} />
            <ObjectivesExplorer domains={view.domains} />
            <ServicesSection services={view.services} />
          </>
        )}
      </AsyncView>
    </article>
  )
}
