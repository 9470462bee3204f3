-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "html" TEXT;
