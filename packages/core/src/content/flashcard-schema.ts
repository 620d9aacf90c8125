import { z } from 'zod'
import { FLASHCARD_ID, SLUG } from './ids.ts'
import { ObjectiveMapSchema } from './item-schema.ts'

export const FlashcardSchema = z.strictObject({
  id: z
    .string()
    .regex(
      FLASHCARD_ID,
      'flashcard id like fc-1a2b3c4d (mint one with certforge content new card)',
    ),
  front: z.string().trim().min(3),
  back: z.string().trim().min(1),
  objectives: ObjectiveMapSchema,
  services: z.array(z.string().regex(SLUG, 'service slug like amazon-s3')).default([]),
  references: z.array(z.url()).default([]),
})

/** A deck file groups cards; the deck name is only for authors' navigation. */
export const DeckSchema = z.strictObject({
  deck: z.string().trim().min(3),
  cards: z.array(FlashcardSchema).min(1),
})

export type Flashcard = z.infer<typeof FlashcardSchema> & { deck: string }
