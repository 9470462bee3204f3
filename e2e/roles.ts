// Demo accounts, one storage state per role (signed in once by auth.setup.ts).
export const ROLES = {
  admin: "admin@meridian.test",
  brand: "brand@meridian.test",
  campaigns: "campaigns@meridian.test",
  deMarketer: "de.marketer@meridian.test",
  deApprover: "de.approver@meridian.test",
  frMarketer: "fr.marketer@meridian.test",
  jpMarketer: "jp.marketer@meridian.test",
  translator: "translator@meridian.test",
  viewer: "viewer@meridian.test",
} as const;

export type RoleName = keyof typeof ROLES;
export const PASSWORD = "meridian-demo";

export function storageState(role: RoleName): string {
  return `e2e/.auth/${role}.json`;
}
