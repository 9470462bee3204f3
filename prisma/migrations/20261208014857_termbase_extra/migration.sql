-- AlterTable
ALTER TABLE "Concept" ADD COLUMN     "extra" JSONB;

-- AlterTable
ALTER TABLE "Term" ADD COLUMN     "extra" JSONB;
