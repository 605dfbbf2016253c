-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('leadership', 'task_force', 'dispatch', 'function_group', 'team', 'group', 'supervision');

-- CreateEnum
CREATE TYPE "CadreRank" AS ENUM ('district_leader', 'division', 'deputy_division', 'staff');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('dispatch', 'admin', 'observer', 'supervision');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('planned', 'under_construction', 'started', 'resumed', 'completed');

-- CreateEnum
CREATE TYPE "VisitMode" AS ENUM ('on_site', 'phone', 'video', 'meeting');

-- CreateEnum
CREATE TYPE "IssueCategory" AS ENUM ('financing', 'land_planning', 'approvals_permits', 'utilities_infrastructure', 'labour_hiring', 'policy_subsidies', 'market_sales', 'other');

-- CreateEnum
CREATE TYPE "Urgency" AS ENUM ('normal', 'urgent');

-- CreateEnum
CREATE TYPE "IssueLevel" AS ENUM ('self', 'team', 'function_group', 'city');

-- CreateEnum
CREATE TYPE "IssueStatus" AS ENUM ('in_progress', 'awaiting_dispatch', 'deferred', 'resolved', 'closed', 'withdrawn');

-- CreateEnum
CREATE TYPE "IssueMove" AS ENUM ('resolve_on_spot', 'keep', 'hand_to_dispatch', 'route', 'return_misrouted', 'defer', 'resume', 'resolve', 'close_out', 'reopen', 'withdraw', 'reassign', 'extend');

-- CreateEnum
CREATE TYPE "FeedbackVerdict" AS ENUM ('satisfied', 'basically_satisfied', 'dissatisfied');

-- CreateEnum
CREATE TYPE "ExtensionStatus" AS ENUM ('pending', 'approved', 'refused');

-- CreateEnum
CREATE TYPE "ReminderRung" AS ENUM ('heads_up', 'due', 'overdue', 'escalate_group', 'escalate_team', 'escalate_leader', 'report_back');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sending', 'sent', 'dead');

-- CreateEnum
CREATE TYPE "DigestKind" AS ENUM ('daily', 'weekly_supervision');

-- CreateEnum
CREATE TYPE "SubscriptionKind" AS ENUM ('digest', 'supervision');

-- CreateEnum
CREATE TYPE "DayKind" AS ENUM ('workday', 'holiday');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'relayed', 'done', 'dead');

-- CreateTable
CREATE TABLE "units" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "parent_id" INTEGER,
    "lead_cadre_id" INTEGER,
    "slack_channel_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "units_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "unit_id" INTEGER NOT NULL,
    "cadre_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("unit_id","cadre_id")
);

-- CreateTable
CREATE TABLE "cadres" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slack_user_id" TEXT,
    "rank" "CadreRank" NOT NULL,
    "roles" "Role"[] DEFAULT ARRAY[]::"Role"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT,
    "locale_fetched_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cadres_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enterprises" (
    "id" SERIAL NOT NULL,
    "credit_code" TEXT,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "address" TEXT,
    "industry" TEXT,
    "above_scale" BOOLEAN NOT NULL DEFAULT false,
    "cadre_id" INTEGER,
    "search_grams" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "enterprises_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "task_force_id" INTEGER NOT NULL,
    "amount_yuan" DECIMAL(18,2) NOT NULL,
    "status" "ProjectStatus" NOT NULL,
    "lead_cadre_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policies" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT,
    "summary" TEXT,
    "url" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visits" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "cadre_id" INTEGER NOT NULL,
    "visit_date" DATE NOT NULL,
    "mode" "VisitMode" NOT NULL,
    "summary" TEXT NOT NULL,
    "above_scale_candidate" BOOLEAN NOT NULL DEFAULT false,
    "investment_to_count" BOOLEAN NOT NULL DEFAULT false,
    "idempotency_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "visits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visit_companions" (
    "visit_id" INTEGER NOT NULL,
    "slack_user_id" TEXT NOT NULL,
    "cadre_id" INTEGER,

    CONSTRAINT "visit_companions_pkey" PRIMARY KEY ("visit_id","slack_user_id")
);

-- CreateTable
CREATE TABLE "visit_policies" (
    "visit_id" INTEGER NOT NULL,
    "policy_id" INTEGER NOT NULL,

    CONSTRAINT "visit_policies_pkey" PRIMARY KEY ("visit_id","policy_id")
);

-- CreateTable
CREATE TABLE "issues" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER,
    "project_id" INTEGER,
    "visit_id" INTEGER,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" "IssueCategory" NOT NULL,
    "urgency" "Urgency" NOT NULL DEFAULT 'normal',
    "finder_id" INTEGER NOT NULL,
    "owner_id" INTEGER,
    "owner_unit_id" INTEGER,
    "level" "IssueLevel" NOT NULL,
    "status" "IssueStatus" NOT NULL,
    "due_date" DATE,
    "resolved_on_spot" BOOLEAN NOT NULL DEFAULT false,
    "duplicate_of_id" INTEGER,
    "snoozed_until" TIMESTAMPTZ(3),
    "enterprise_informed_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "idempotency_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "issues_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "issue_events" (
    "id" BIGSERIAL NOT NULL,
    "issue_id" INTEGER NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "move" "IssueMove" NOT NULL,
    "from_status" "IssueStatus",
    "to_status" "IssueStatus" NOT NULL,
    "comment" TEXT,
    "owner_before_id" INTEGER,
    "owner_after_id" INTEGER,
    "level_before" "IssueLevel",
    "level_after" "IssueLevel",
    "due_before" DATE,
    "due_after" DATE,
    "idempotency_key" TEXT,

    CONSTRAINT "issue_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_steps" (
    "id" SERIAL NOT NULL,
    "issue_id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "done_at" TIMESTAMPTZ(3),

    CONSTRAINT "plan_steps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback" (
    "id" SERIAL NOT NULL,
    "issue_id" INTEGER NOT NULL,
    "verdict" "FeedbackVerdict" NOT NULL,
    "comment" TEXT,
    "recorded_by_id" INTEGER NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "extension_requests" (
    "id" SERIAL NOT NULL,
    "issue_id" INTEGER NOT NULL,
    "requested_by_id" INTEGER NOT NULL,
    "requested_due" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ExtensionStatus" NOT NULL DEFAULT 'pending',
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "extension_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "issue_cards" (
    "issue_id" INTEGER NOT NULL,
    "channel_id" TEXT NOT NULL,
    "ts" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "issue_cards_pkey" PRIMARY KEY ("issue_id","channel_id")
);

-- CreateTable
CREATE TABLE "reminder_entries" (
    "id" BIGSERIAL NOT NULL,
    "issue_id" INTEGER NOT NULL,
    "rung" "ReminderRung" NOT NULL,
    "recipient_id" INTEGER NOT NULL,
    "local_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder_messages" (
    "id" BIGSERIAL NOT NULL,
    "recipient_id" INTEGER NOT NULL,
    "local_date" DATE NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "channel_id" TEXT,
    "ts" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digest_entries" (
    "id" BIGSERIAL NOT NULL,
    "channel_id" TEXT NOT NULL,
    "kind" "DigestKind" NOT NULL,
    "scope_key" TEXT NOT NULL,
    "local_date" DATE NOT NULL,
    "figures" JSONB NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "ts" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "digest_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "channel_subscriptions" (
    "id" SERIAL NOT NULL,
    "channel_id" TEXT NOT NULL,
    "kind" "SubscriptionKind" NOT NULL,
    "scope_key" TEXT NOT NULL DEFAULT 'district',
    "locale" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "channel_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_days" (
    "date" DATE NOT NULL,
    "kind" "DayKind" NOT NULL,
    "name" TEXT,
    "source" TEXT NOT NULL DEFAULT 'statutory',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "calendar_days_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by_id" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "outbox" (
    "id" BIGSERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "relayed_at" TIMESTAMPTZ(3),
    "done_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "processed_requests" (
    "key" TEXT NOT NULL,
    "result" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_requests_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "units_code_key" ON "units"("code");

-- CreateIndex
CREATE INDEX "units_parent_id_idx" ON "units"("parent_id");

-- CreateIndex
CREATE INDEX "units_kind_idx" ON "units"("kind");

-- CreateIndex
CREATE INDEX "memberships_cadre_id_idx" ON "memberships"("cadre_id");

-- CreateIndex
CREATE UNIQUE INDEX "cadres_code_key" ON "cadres"("code");

-- CreateIndex
CREATE UNIQUE INDEX "cadres_slack_user_id_key" ON "cadres"("slack_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "enterprises_credit_code_key" ON "enterprises"("credit_code");

-- CreateIndex
CREATE INDEX "enterprises_cadre_id_idx" ON "enterprises"("cadre_id");

-- CreateIndex
CREATE INDEX "enterprises_search_grams_idx" ON "enterprises" USING GIN ("search_grams");

-- CreateIndex
CREATE UNIQUE INDEX "projects_code_key" ON "projects"("code");

-- CreateIndex
CREATE INDEX "projects_task_force_id_idx" ON "projects"("task_force_id");

-- CreateIndex
CREATE UNIQUE INDEX "policies_code_key" ON "policies"("code");

-- CreateIndex
CREATE UNIQUE INDEX "visits_idempotency_key_key" ON "visits"("idempotency_key");

-- CreateIndex
CREATE INDEX "visits_enterprise_id_visit_date_idx" ON "visits"("enterprise_id", "visit_date");

-- CreateIndex
CREATE INDEX "visits_cadre_id_visit_date_idx" ON "visits"("cadre_id", "visit_date");

-- CreateIndex
CREATE INDEX "visits_visit_date_idx" ON "visits"("visit_date");

-- CreateIndex
CREATE UNIQUE INDEX "issues_idempotency_key_key" ON "issues"("idempotency_key");

-- CreateIndex
CREATE INDEX "issues_status_due_date_idx" ON "issues"("status", "due_date");

-- CreateIndex
CREATE INDEX "issues_owner_id_status_idx" ON "issues"("owner_id", "status");

-- CreateIndex
CREATE INDEX "issues_finder_id_status_idx" ON "issues"("finder_id", "status");

-- CreateIndex
CREATE INDEX "issues_owner_unit_id_status_idx" ON "issues"("owner_unit_id", "status");

-- CreateIndex
CREATE INDEX "issues_enterprise_id_idx" ON "issues"("enterprise_id");

-- CreateIndex
CREATE INDEX "issues_project_id_idx" ON "issues"("project_id");

-- CreateIndex
CREATE INDEX "issues_created_at_idx" ON "issues"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "issue_events_idempotency_key_key" ON "issue_events"("idempotency_key");

-- CreateIndex
CREATE INDEX "issue_events_issue_id_at_idx" ON "issue_events"("issue_id", "at");

-- CreateIndex
CREATE INDEX "issue_events_at_idx" ON "issue_events"("at");

-- CreateIndex
CREATE UNIQUE INDEX "plan_steps_issue_id_seq_key" ON "plan_steps"("issue_id", "seq");

-- CreateIndex
CREATE INDEX "feedback_issue_id_idx" ON "feedback"("issue_id");

-- CreateIndex
CREATE INDEX "feedback_recorded_at_idx" ON "feedback"("recorded_at");

-- CreateIndex
CREATE INDEX "extension_requests_issue_id_status_idx" ON "extension_requests"("issue_id", "status");

-- CreateIndex
CREATE INDEX "extension_requests_status_idx" ON "extension_requests"("status");

-- CreateIndex
CREATE INDEX "reminder_entries_recipient_id_local_date_idx" ON "reminder_entries"("recipient_id", "local_date");

-- CreateIndex
CREATE UNIQUE INDEX "reminder_entries_issue_id_rung_recipient_id_local_date_key" ON "reminder_entries"("issue_id", "rung", "recipient_id", "local_date");

-- CreateIndex
CREATE UNIQUE INDEX "reminder_messages_recipient_id_local_date_key" ON "reminder_messages"("recipient_id", "local_date");

-- CreateIndex
CREATE INDEX "digest_entries_channel_id_kind_scope_key_local_date_idx" ON "digest_entries"("channel_id", "kind", "scope_key", "local_date");

-- CreateIndex
CREATE UNIQUE INDEX "digest_entries_channel_id_kind_local_date_key" ON "digest_entries"("channel_id", "kind", "local_date");

-- CreateIndex
CREATE UNIQUE INDEX "channel_subscriptions_channel_id_kind_key" ON "channel_subscriptions"("channel_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_dedupe_key_key" ON "outbox"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_status_available_at_idx" ON "outbox"("status", "available_at");

-- CreateIndex
CREATE INDEX "processed_requests_created_at_idx" ON "processed_requests"("created_at");

-- AddForeignKey
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "units" ADD CONSTRAINT "units_lead_cadre_id_fkey" FOREIGN KEY ("lead_cadre_id") REFERENCES "cadres"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "cadres"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "cadres"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_task_force_id_fkey" FOREIGN KEY ("task_force_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_cadre_id_fkey" FOREIGN KEY ("lead_cadre_id") REFERENCES "cadres"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visits" ADD CONSTRAINT "visits_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visits" ADD CONSTRAINT "visits_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "cadres"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_companions" ADD CONSTRAINT "visit_companions_visit_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_companions" ADD CONSTRAINT "visit_companions_cadre_id_fkey" FOREIGN KEY ("cadre_id") REFERENCES "cadres"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_policies" ADD CONSTRAINT "visit_policies_visit_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_policies" ADD CONSTRAINT "visit_policies_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_visit_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_finder_id_fkey" FOREIGN KEY ("finder_id") REFERENCES "cadres"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "cadres"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_owner_unit_id_fkey" FOREIGN KEY ("owner_unit_id") REFERENCES "units"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issues" ADD CONSTRAINT "issues_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "issues"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issue_events" ADD CONSTRAINT "issue_events_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issue_events" ADD CONSTRAINT "issue_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "cadres"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_steps" ADD CONSTRAINT "plan_steps_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "cadres"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "cadres"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "cadres"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issue_cards" ADD CONSTRAINT "issue_cards_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_entries" ADD CONSTRAINT "reminder_entries_issue_id_fkey" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_entries" ADD CONSTRAINT "reminder_entries_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "cadres"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_messages" ADD CONSTRAINT "reminder_messages_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "cadres"("id") ON DELETE CASCADE ON UPDATE CASCADE;
