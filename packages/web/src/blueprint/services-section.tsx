import type { BlueprintService } from './blueprint-types.ts'
import { CoverageCounts } from './coverage-counts.tsx'
import { coverageStatus } from './coverage-status.ts'
import { formerlyText, groupServices } from './service-groups.ts'

function ServiceItem({ service }: { service: BlueprintService }) {
  const formerly = formerlyText(service.formerNames)
  return (
    <li
      className="service"
      data-service-slug={service.slug}
      data-coverage={coverageStatus(service)}
    >
      <span className="service__name">{service.name}</span>
      {formerly && <span className="service__former"> ({formerly})</span>}
      <CoverageCounts counts={service} />
    </li>
  )
}

export function ServicesSection({ services }: { services: BlueprintService[] }) {
  return (
    <section aria-labelledby="services-heading" className="services">
      <h2 id="services-heading">In-scope AWS services ({services.length})</h2>
      <p>The exam guide lists these as in scope; the list is not exhaustive.</p>
      {groupServices(services).map((group) => (
        <section key={group.category} className="service-group">
          <h3>
            {group.category} <span className="muted">({group.services.length})</span>
          </h3>
          <ul className="service-list">
            {group.services.map((s) => (
              <ServiceItem key={s.slug} service={s} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
