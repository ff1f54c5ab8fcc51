-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "html" TEXT,
ADD COLUMN     "htmlVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "readingTimeMinutes" INTEGER;

-- CreateIndex
CREATE INDEX "Post_htmlVersion_id_idx" ON "Post"("htmlVersion", "id");

