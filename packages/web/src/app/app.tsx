import { BrowserRouter, Route, Routes } from 'react-router'
import { BlueprintPage } from '../blueprint/blueprint-page.tsx'
import { DashboardPage } from '../dashboard/dashboard-page.tsx'
import { FeaturePage } from '../pages/feature-page.tsx'
import { FEATURE_PAGES } from '../pages/feature-pages.ts'
import { NotFoundPage } from '../pages/not-found-page.tsx'
import { Layout } from './layout.tsx'

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<DashboardPage />} />
          {FEATURE_PAGES.map((page) => (
            <Route
              key={page.path}
              path={page.path}
              element={<FeaturePage title={page.title} summary={page.summary} />}
            />
          ))}
          <Route path="blueprint" element={<BlueprintPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  )
}
