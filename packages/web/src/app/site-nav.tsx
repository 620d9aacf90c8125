import { NavLink } from 'react-router'
import { NAV_LINKS } from './nav-links.ts'

export function SiteNav() {
  return (
    <nav aria-label="Main" className="site-nav">
      <ul>
        {NAV_LINKS.map((link) => (
          // NavLink sets aria-current="page"; `end` stops Dashboard ("/") matching every page.
          <li key={link.to}>
            <NavLink to={link.to} end={link.to === '/'}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
