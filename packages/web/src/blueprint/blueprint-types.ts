import type { BlueprintView } from '@certforge/core'

// Names for the parts of the API's BlueprintView, so modules need not spell out indexed types.
export type BlueprintDomain = BlueprintView['domains'][number]
export type BlueprintTask = BlueprintDomain['taskStatements'][number]
export type BlueprintObjective = BlueprintTask['objectives'][number]
export type BlueprintService = BlueprintView['services'][number]
export type ExamFormat = BlueprintView['format']
