-- AlterTable
ALTER TABLE "reminder_messages" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "claimed_at" TIMESTAMPTZ(3),
ADD COLUMN     "last_error" TEXT;

-- CreateIndex
CREATE INDEX "issues_enterprise_informed_at_idx" ON "issues"("enterprise_informed_at");
