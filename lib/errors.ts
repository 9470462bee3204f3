// Errors are codes, not sentences: the UI maps a code to a translated message (errors.* keys),
// the API returns it as {"error":{"code","message","details"?}} with the code's HTTP status.
import { ZodError } from "zod";

const STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOKEN_INVALID: 401,
  FORBIDDEN: 403,
  READ_ONLY_TOKEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  ALREADY_EXISTS: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IMPORT_INVALID: 422,
  TEXT_INVALID_CHARACTERS: 422,
  REFERENCE_NOT_FOUND: 422,
  TRANSITION_REFUSED: 422,
  PUBLISH_REFUSED: 422,
  PRECONDITION_REQUIRED: 428,
  RATE_LIMITED: 429,
  DATABASE_BUSY: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof STATUS | (string & {});

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;
  /** A permission denial: the action and API wrappers write it to the audit log. */
  readonly denial: boolean;

  constructor(
    code: ErrorCode,
    options: { message?: string; details?: unknown; status?: number; denial?: boolean } = {},
  ) {
    super(options.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.status = options.status ?? (STATUS as Record<string, number>)[code] ?? 400;
    this.details = options.details;
    this.denial = options.denial ?? false;
  }
}

export function notFound(options: { denial?: boolean } = {}): AppError {
  return new AppError("NOT_FOUND", { message: "Not found", denial: options.denial });
}

/**
 * The one VERSION_CONFLICT (409): `details` is always `{ yours, current }` (the version the
 * caller's edit was based on and the version now stored), plus any fields the operation adds
 * (e.g. the conflicting blocks). Documented once in OpenAPI as VersionConflictDetails.
 */
export function versionConflict(versions: { yours: number | null; current: number }, extra: Record<string, unknown> = {}): AppError {
  return new AppError("VERSION_CONFLICT", {
    message: "Someone else changed this since you loaded it",
    details: { ...extra, yours: versions.yours, current: versions.current },
  });
}

/** Throws the conflict when the caller named a version (`yours`) and it is not the stored one. */
export function checkVersion(yours: number | null | undefined, current: number, extra?: Record<string, unknown>): void {
  if (yours !== undefined && yours !== null && yours !== current) throw versionConflict({ yours, current }, extra);
}

/** PGlite raises DriverAdapterError with cause.code 23505; adapter-pg raises P2002. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string; originalCode?: string } } | null;
  if (!e) return false;
  return (
    e.code === "P2002" ||
    e.code === "23505" ||
    e.cause?.code === "23505" ||
    e.cause?.originalCode === "23505"
  );
}

/**
 * A foreign key pointing nowhere (an unknown ownerId or market id): adapter-pg raises P2003,
 * PGlite a DriverAdapterError whose cause carries 23503 or the adapter's kind.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string; originalCode?: string; kind?: string } } | null;
  if (!e) return false;
  return (
    e.code === "P2003" ||
    e.code === "23503" ||
    e.cause?.code === "23503" ||
    e.cause?.originalCode === "23503" ||
    e.cause?.kind === "ForeignKeyConstraintViolation"
  );
}

// Prisma's codes for a database it cannot reach or lost: P1001 unreachable, P1002 connect
// timeout, P1008 operation timeout, P1017 connection closed, P2024 no pool connection in time,
// P2028 transaction could not start or was closed under it, P2037 too many connections.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2037"]);
// SQLSTATE: 08xxx connection exceptions, 57P01-57P03 shutdown / not accepting connections,
// 53300 too many connections, 57014 statement cancelled (statement_timeout).
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300|57014)$/;
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);
// node-postgres raises these without a code when a connection dies or the pool gives up.
const UNAVAILABLE_MESSAGE = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed and is not queryable|Cannot use a pool after calling end)/;

type ErrorShape = { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

/**
 * The database is down, restarting or out of connections — the error of the moment, not of the
 * request: pg errors (straight from the pool), adapter-pg's DriverAdapterError (`cause.kind`,
 * `cause.originalCode`) and Prisma's wrapping of it (`code` P1xxx, `meta.driverAdapterError`).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (!value || typeof value !== "object" || seen.has(value)) return false;
    seen.add(value);
    const e = value as ErrorShape;
    const codes = [e.code, e.originalCode].filter((c): c is string => typeof c === "string");
    if (codes.some((c) => UNAVAILABLE_PRISMA_CODES.has(c) || UNAVAILABLE_SQLSTATE.test(c) || UNAVAILABLE_SOCKET_CODES.has(c))) return true;
    if (typeof e.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
    return visit(e.cause) || visit(e.meta?.driverAdapterError);
  };
  return visit(error);
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError("VALIDATION_FAILED", {
      message: "The input is not valid",
      details: error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message })),
    });
  }
  if (isUniqueViolation(error)) return new AppError("ALREADY_EXISTS", { message: "Already exists" });
  if (isForeignKeyViolation(error)) {
    return new AppError("REFERENCE_NOT_FOUND", { message: "A referenced record (e.g. an owner or market id) does not exist" });
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError("DATABASE_BUSY", { message: "The database is unavailable; try again shortly", details: { retryAfterSeconds: 1 } });
  }
  return new AppError("INTERNAL", { message: "Something went wrong" });
}
