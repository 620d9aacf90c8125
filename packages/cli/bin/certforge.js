#!/usr/bin/env node
// certforge runs its TypeScript sources directly: tsx registers the loader before the first import.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/main.ts')
process.exitCode = await main(process.argv.slice(2))
