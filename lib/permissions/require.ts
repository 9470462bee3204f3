// Turns a permission answer into the right error. Objects outside the actor's markets answer
// NOT_FOUND (existence must not leak); a visible object the actor may not change answers FORBIDDEN.
import { AppError, notFound } from "@/lib/errors";

export function requireAllowed(allowed: boolean): void {
  if (!allowed) throw new AppError("FORBIDDEN", { message: "You are not allowed to do this", denial: true });
}

export function requireVisible(visible: boolean): void {
  if (!visible) throw notFound({ denial: true });
}
