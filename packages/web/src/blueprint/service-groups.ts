import type { BlueprintService } from './blueprint-types.ts'

export type ServiceGroup = { category: string; services: BlueprintService[] }

/** Services grouped by category, categories and services in blueprint order. */
export function groupServices(services: readonly BlueprintService[]): ServiceGroup[] {
  const groups = new Map<string, BlueprintService[]>()
  for (const service of services) {
    const group = groups.get(service.category)
    if (group) group.push(service)
    else groups.set(service.category, [service])
  }
  return [...groups].map(([category, members]) => ({ category, services: members }))
}

/** "formerly Amazon Kinesis Data Firehose", or undefined for a service never renamed. */
export function formerlyText(formerNames: readonly string[]): string | undefined {
  return formerNames.length > 0 ? `formerly ${formerNames.join(', ')}` : undefined
}
