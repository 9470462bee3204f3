// Workspace administration: users, markets, audit log, webhooks. Admin only.
import { canWrite, type Actor } from "./actor";

export function canManageUsers(actor: Actor): boolean {
  return actor.role === "admin" && canWrite(actor);
}

export function canViewUsers(actor: Actor): boolean {
  return actor.role === "admin";
}

export function canManageMarkets(actor: Actor): boolean {
  return actor.role === "admin" && canWrite(actor);
}

export function canViewAuditLog(actor: Actor): boolean {
  return actor.role === "admin";
}

export function canManageWebhooks(actor: Actor): boolean {
  return actor.role === "admin" && canWrite(actor);
}

/** Everyone manages their own API tokens and profile (not through a read-only token). */
export function canManageOwnTokens(actor: Actor): boolean {
  return canWrite(actor);
}

export function canEditOwnProfile(actor: Actor): boolean {
  return canWrite(actor);
}
