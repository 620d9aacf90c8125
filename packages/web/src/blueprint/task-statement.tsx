import { useId } from 'react'
import type { BlueprintTask } from './blueprint-types.ts'
import { ObjectiveItem } from './objective-item.tsx'

type TaskStatementProps = {
  task: BlueprintTask
  expanded: boolean
  onToggle: (taskId: string) => void
}

export function TaskStatement({ task, expanded, onToggle }: TaskStatementProps) {
  const panelId = useId()
  const count = task.objectives.length
  return (
    <section className="task" data-task-id={task.id}>
      <h4 className="task__heading">
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => onToggle(task.id)}
        >
          <span className="task__id">Task {task.id}</span>{' '}
          <span className="task__title">{task.title}</span>{' '}
          <span className="task__count">
            {count} {count === 1 ? 'objective' : 'objectives'}
          </span>
        </button>
      </h4>
      <ul id={panelId} className="objective-list" hidden={!expanded}>
        {task.objectives.map((o) => (
          <ObjectiveItem key={o.id} objective={o} />
        ))}
      </ul>
    </section>
  )
}
