-- CreateTable
CREATE TABLE "TermbaseVersion" (
    "id" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "TermbaseVersion_pkey" PRIMARY KEY ("id")
);

-- Hand-written: the version is raised by every statement that writes terms, concepts or markets,
-- in that statement's transaction, so a reader sees the new version exactly when it sees the
-- change (a timestamp would not do: a long import commits after writes that started later).
-- BEFORE the statement, so a writer takes the version row's lock before any row of those tables:
-- writers of the termbase queue in one order instead of deadlocking. An upsert, so a database
-- whose row was removed (a test truncating tables) still counts.
INSERT INTO "TermbaseVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "bump_termbase_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TermbaseVersion" ("id", "version") VALUES (1, 1)
  ON CONFLICT ("id") DO UPDATE SET "version" = "TermbaseVersion"."version" + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Term_bump_termbase_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Term"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_termbase_version"();

CREATE TRIGGER "Concept_bump_termbase_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Concept"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_termbase_version"();

CREATE TRIGGER "Market_bump_termbase_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Market"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_termbase_version"();
