"use server";
import { memberAction } from "@/lib/actions/action-client";
import { markNotificationsRead, markReadSchema } from "./mark-notifications-read";

export const markNotificationsReadAction = memberAction(
  "notifications.markRead",
  markReadSchema,
  (input, actor) => markNotificationsRead(actor, input),
  { revalidate: ["/notifications"] },
);
