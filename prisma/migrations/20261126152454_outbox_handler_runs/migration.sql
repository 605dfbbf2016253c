-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "handler_runs" INTEGER NOT NULL DEFAULT 0;
