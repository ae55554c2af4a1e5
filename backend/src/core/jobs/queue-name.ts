/** Every BullMQ queue Reha has. A new queue is added here and gets one processor. */
export enum QueueName {
  Email = 'email',
}

/** Finished jobs are kept a day (and at most 1000), failed ones a week: Redis must not fill up. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
