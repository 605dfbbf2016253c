-- AlterTable
ALTER TABLE "cadres" ADD COLUMN     "home_opened_at" TIMESTAMPTZ(3);
