export * from './content/pack-reader.ts'
