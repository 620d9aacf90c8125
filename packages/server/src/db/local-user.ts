/**
 * The one learner of a local install. Every learner table is keyed by `user_id` anyway, so
 * accounts can be added later without rewriting the schema.
 */
export const LOCAL_USER_ID = 'local'
export const LOCAL_USER_NAME = 'Local learner'
