import type { BlueprintView } from '@certforge/core'

/** A two-domain blueprint for the unit tests: one uncovered, one partial and one full objective. */
export const FIXTURE_VIEW: BlueprintView = {
  exam: {
    code: 'MLA-C01',
    name: 'AWS Certified Machine Learning Engineer - Associate',
    version: '1.0',
  },
  format: {
    items: 65,
    scored: 50,
    unscored: 15,
    minutes: 130,
    accommodationMinutes: 30,
    scale: { min: 100, max: 1000 },
    passingScore: 720,
    itemTypes: ['single', 'multiple', 'case-study'],
  },
  domains: [
    {
      id: '1',
      title: 'Data Preparation for Machine Learning (ML)',
      weight: 28,
      taskStatements: [
        {
          id: '1.1',
          title: 'Ingest and store data',
          objectives: [
            {
              id: '1.1.K1',
              kind: 'knowledge',
              description: 'Data formats such as Apache Parquet',
              items: 0,
              lessons: 0,
              flashcards: 0,
            },
            {
              id: '1.1.S1',
              kind: 'skill',
              description: 'Extracting data from Amazon S3',
              items: 2,
              lessons: 1,
              flashcards: 0,
            },
          ],
        },
      ],
    },
    {
      id: '2',
      title: 'ML Model Development',
      weight: 26,
      taskStatements: [
        {
          id: '2.1',
          title: 'Choose a modeling approach',
          objectives: [
            {
              id: '2.1.K1',
              kind: 'knowledge',
              description: 'Capabilities of Amazon Bedrock',
              items: 3,
              lessons: 1,
              flashcards: 4,
            },
          ],
        },
      ],
    },
  ],
  services: [
    {
      slug: 'amazon-athena',
      name: 'Amazon Athena',
      formerNames: [],
      category: 'Analytics',
      items: 1,
      lessons: 0,
      flashcards: 0,
    },
    {
      slug: 'amazon-sagemaker-ai',
      name: 'Amazon SageMaker AI',
      formerNames: ['Amazon SageMaker'],
      category: 'Machine Learning',
      items: 5,
      lessons: 2,
      flashcards: 3,
    },
    {
      slug: 'amazon-data-firehose',
      name: 'Amazon Data Firehose',
      formerNames: ['Amazon Kinesis Data Firehose'],
      category: 'Analytics',
      items: 0,
      lessons: 0,
      flashcards: 0,
    },
  ],
  totals: { objectives: 3, liveItems: 5, lessons: 2, flashcards: 4 },
}
