import type { BlueprintView } from '@certforge/core'
import { describeFormat } from './exam-format.ts'
import { WeightBar } from './weight-bar.tsx'

export function ExamOverview({ view }: { view: BlueprintView }) {
  return (
    <>
      <p className="lead">
        {view.exam.name} <span className="exam-code">{view.exam.code}</span>
      </p>
      <div className="overview">
        <section aria-labelledby="format-heading" className="card">
          <h2 id="format-heading">Exam format</h2>
          <dl className="facts">
            {describeFormat(view.format).map((fact) => (
              <div key={fact.term}>
                <dt>{fact.term}</dt>
                <dd>{fact.detail}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="weights-heading" className="card">
          <h2 id="weights-heading">Domain weights</h2>
          <ol className="weights">
            {view.domains.map((d) => (
              <li key={d.id} data-weight-domain={d.id}>
                <a href={`#domain-${d.id}`}>
                  {d.id}. {d.title}
                </a>
                <span className="weights__value">{d.weight}%</span>
                <WeightBar percent={d.weight} label={`Domain ${d.id} weight`} />
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  )
}
