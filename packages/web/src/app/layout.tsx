import { useEffect, useRef } from 'react'
import { Link, Outlet, useLocation } from 'react-router'
import { ThemeSelect } from '../theme/theme-select.tsx'
import { SiteNav } from './site-nav.tsx'

/** Moves focus to <main> after client-side navigation, so keyboard and screen reader users start at the new page. */
function useFocusMainOnNavigate() {
  const { pathname } = useLocation()
  const mainRef = useRef<HTMLElement>(null)
  // Compared with the last path rather than "is first render", which StrictMode's double effect breaks.
  const shownPath = useRef(pathname)
  useEffect(() => {
    if (shownPath.current === pathname) return
    shownPath.current = pathname
    window.scrollTo(0, 0)
    mainRef.current?.focus({ preventScroll: true })
  }, [pathname])
  return mainRef
}

export function Layout() {
  const mainRef = useFocusMainOnNavigate()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to="/" className="brand">
            certforge <span className="brand__exam">MLA-C01</span>
          </Link>
          <ThemeSelect />
        </div>
        <SiteNav />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          certforge runs on your machine: your answers and progress stay local. Not affiliated with
          or endorsed by Amazon Web Services.
        </p>
      </footer>
    </>
  )
}
