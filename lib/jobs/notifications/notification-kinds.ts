// The kinds of notification; each has a message in locales/*/notifications.json and a mail in mail.json.
export const NOTIFICATION_KINDS = ["assigned", "unassigned", "mentioned", "state_changed", "due_soon", "outdated", "comment"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
