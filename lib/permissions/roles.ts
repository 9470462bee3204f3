// The role list without server-only imports, for client components.
export const ROLES = [
  "admin",
  "hq_brand",
  "hq_campaign",
  "regional_marketer",
  "regional_approver",
  "translator",
  "viewer",
] as const;
