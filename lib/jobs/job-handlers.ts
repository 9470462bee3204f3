// What each job kind does. A handler runs outside any transaction (it may take minutes), reports
// progress, and stops when reportProgress answers false (the job was cancelled). Its return
// value is stored as the job's result.
import type { Db } from "@/lib/db";
import { notifyDueSoon } from "./notifications/notify-due-soon";
import { PRETRANSLATE_JOB } from "./pretranslation/request-pretranslation";
import { pretranslateVariantJob } from "./pretranslation/pretranslate-variant-job";
import { pruneFinishedWork } from "./prune-finished-work";

export interface JobContext {
  job: { id: string; kind: string; payload: Record<string, unknown>; attempt: number };
  db: Db;
  /** Records progress; false means stop: the job was cancelled or is no longer this worker's. */
  reportProgress(done: number, total?: number): Promise<boolean>;
}

export type JobHandler = (context: JobContext) => Promise<unknown>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

export const JOB_HANDLERS: JobHandlers = {
  "notify-due-soon": async ({ db }) => ({ notified: await notifyDueSoon(new Date(), db) }),
  "prune-finished-work": async ({ db }) => pruneFinishedWork(db),
  [PRETRANSLATE_JOB]: pretranslateVariantJob(),
};
