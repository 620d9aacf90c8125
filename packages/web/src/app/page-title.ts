import { useEffect } from 'react'

/** Sets the tab title; screen readers announce it after client-side navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · certforge`
  }, [title])
}
