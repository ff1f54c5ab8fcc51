-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "html" TEXT,
ADD COLUMN     "htmlVersion" INTEGER,
ADD COLUMN     "readingTimeMinutes" INTEGER;

-- CreateIndex
CREATE INDEX "Post_htmlVersion_idx" ON "Post"("htmlVersion");

