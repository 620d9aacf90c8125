/** Features that later work fills in: each page says what will be there and shows no made-up data. */
export const FEATURE_PAGES = [
  {
    path: 'study',
    title: 'Study',
    summary:
      'Lessons for each task statement of the exam guide will appear here, with key facts and links to the AWS documentation.',
  },
  {
    path: 'practice',
    title: 'Practice',
    summary:
      'Practice questions by domain and task statement will appear here, with an explanation for every answer option.',
  },
  {
    path: 'exams',
    title: 'Exams',
    summary:
      'Timed 65-question mock exams that follow the domain weights and score on the 100–1000 scale will appear here.',
  },
  {
    path: 'flashcards',
    title: 'Flashcards',
    summary:
      'Spaced-repetition flashcard reviews, scheduled from your own answers, will appear here.',
  },
  {
    path: 'sandbox',
    title: 'Sandbox',
    summary:
      'Hands-on labs that run against a local Amazon SageMaker AI emulator will appear here.',
  },
] as const
