-- AlterTable
ALTER TABLE "visit_submissions" ADD COLUMN     "holds" INTEGER NOT NULL DEFAULT 1;
