import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { applyThemePreference, browserStore, loadThemePreference } from './theme/theme.ts'
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'

// Before the first render, so a remembered theme shows without a flash of the other one.
applyThemePreference(document.documentElement, loadThemePreference(browserStore()))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
