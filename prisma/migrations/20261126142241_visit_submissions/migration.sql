-- CreateEnum
CREATE TYPE "VisitSubmissionStatus" AS ENUM ('pending', 'done', 'failed');

-- CreateTable
CREATE TABLE "visit_submissions" (
    "id" BIGSERIAL NOT NULL,
    "request_key" TEXT NOT NULL,
    "slack_user_id" TEXT NOT NULL,
    "view_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "VisitSubmissionStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "visit_submissions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "visit_submissions_request_key_key" ON "visit_submissions"("request_key");

-- CreateIndex
CREATE INDEX "visit_submissions_status_created_at_idx" ON "visit_submissions"("status", "created_at");
