import { Link, useLocation } from 'react-router'
import { usePageTitle } from '../app/page-title.ts'

export function NotFoundPage() {
  usePageTitle('Page not found')
  const { pathname } = useLocation()
  return (
    <article className="page">
      <h1>Page not found</h1>
      <p className="lead">
        There is no page at <code>{pathname}</code>.
      </p>
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </article>
  )
}
