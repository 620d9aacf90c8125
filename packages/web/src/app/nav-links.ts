/** The main navigation, in the order a learner meets the features. */
export const NAV_LINKS = [
  { to: '/', label: 'Dashboard' },
  { to: '/study', label: 'Study' },
  { to: '/practice', label: 'Practice' },
  { to: '/exams', label: 'Exams' },
  { to: '/flashcards', label: 'Flashcards' },
  { to: '/sandbox', label: 'Sandbox' },
  { to: '/blueprint', label: 'Blueprint' },
] as const
