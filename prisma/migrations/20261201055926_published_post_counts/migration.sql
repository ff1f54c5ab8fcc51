-- CreateTable
CREATE TABLE "PublishedPostCount" (
    "key" TEXT NOT NULL,
    "kind" "PostKind",
    "categoryId" TEXT,
    "tagId" TEXT,
    "count" INTEGER NOT NULL,

    CONSTRAINT "PublishedPostCount_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "PublishedPostCount_categoryId_idx" ON "PublishedPostCount"("categoryId");

-- CreateIndex
CREATE INDEX "PublishedPostCount_tagId_idx" ON "PublishedPostCount"("tagId");

-- AddForeignKey
ALTER TABLE "PublishedPostCount" ADD CONSTRAINT "PublishedPostCount_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedPostCount" ADD CONSTRAINT "PublishedPostCount_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Published-post counters, kept by triggers so that every write path (the domain, the scheduler,
-- bulk inserts such as `npm run bench:data`, hand-written SQL) keeps them in its own transaction.

-- The counter keys one published post contributes to: the blog, its category and each of its
-- tags, each for every kind (kind NULL) and for its kind: "all" | "category:<id>" | "tag:<id>",
-- then ":<kind>" for a per-kind count. The application reads counters by (kind, categoryId, tagId).
CREATE FUNCTION "published_post_count_keys"(p_kind "PostKind", p_category TEXT, p_tags TEXT[])
RETURNS TABLE ("key" TEXT, "kind" "PostKind", "categoryId" TEXT, "tagId" TEXT)
LANGUAGE sql IMMUTABLE AS $$
  SELECT s.scope || COALESCE(':' || k.kind::TEXT, ''), k.kind, s.category, s.tag
  FROM (
    SELECT 'all' AS scope, NULL::TEXT AS category, NULL::TEXT AS tag
    UNION ALL SELECT 'category:' || p_category, p_category, NULL WHERE p_category IS NOT NULL
    UNION ALL SELECT 'tag:' || t, NULL, t FROM unnest(p_tags) AS t
  ) AS s
  CROSS JOIN (VALUES (NULL::"PostKind"), (p_kind)) AS k(kind)
$$;

-- Adds `deltas` (a JSON array of {key, kind, categoryId, tagId, delta}) to the counters.
-- Lock order: every transaction that moves a counter first takes one transaction-level advisory
-- lock, so writers that touch overlapping counters in different orders (a retag deletes and
-- inserts tag links in two statements) queue instead of deadlocking. Negative deltas only update
-- existing rows: a tag or category being deleted may already have lost its counter rows (cascade).
CREATE FUNCTION "published_post_count_apply"(deltas JSONB) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
  IF deltas IS NULL THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(7270736902);
  WITH d AS (
    SELECT x."key", x."kind", x."categoryId", x."tagId", SUM(x."delta")::INTEGER AS "delta"
    FROM jsonb_to_recordset(deltas) AS x("key" TEXT, "kind" "PostKind", "categoryId" TEXT, "tagId" TEXT, "delta" INTEGER)
    GROUP BY 1, 2, 3, 4
    HAVING SUM(x."delta") <> 0
  ), grown AS (
    INSERT INTO "PublishedPostCount" ("key", "kind", "categoryId", "tagId", "count")
    SELECT "key", "kind", "categoryId", "tagId", "delta" FROM d WHERE "delta" > 0
    ON CONFLICT ("key") DO UPDATE SET "count" = "PublishedPostCount"."count" + EXCLUDED."count"
  )
  UPDATE "PublishedPostCount" AS c SET "count" = c."count" + d."delta" FROM d WHERE c."key" = d."key" AND d."delta" < 0;
END
$$;

-- A post's tag ids as the statement sees them.
CREATE FUNCTION "published_post_count_tags"(p_post TEXT) RETURNS TEXT[]
LANGUAGE sql STABLE AS $$ SELECT COALESCE(array_agg("tagId"), '{}') FROM "PostTag" WHERE "postId" = p_post $$;

CREATE FUNCTION "published_post_count_post_insert"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "published_post_count_apply"((
    SELECT jsonb_agg(jsonb_build_object('key', k."key", 'kind', k."kind", 'categoryId', k."categoryId", 'tagId', k."tagId", 'delta', 1))
    FROM new_rows AS n
    CROSS JOIN LATERAL "published_post_count_keys"(n."kind", n."categoryId", "published_post_count_tags"(n."id")) AS k
    WHERE n."status" = 'PUBLISHED'
  ));
  RETURN NULL;
END
$$;

-- Only rows whose status, kind or category changed move counters; the post's tags are the same
-- before and after the statement.
CREATE FUNCTION "published_post_count_post_update"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "published_post_count_apply"((
    SELECT jsonb_agg(jsonb_build_object('key', k."key", 'kind', k."kind", 'categoryId', k."categoryId", 'tagId', k."tagId", 'delta', c."delta"))
    FROM old_rows AS o
    JOIN new_rows AS n ON n."id" = o."id"
    CROSS JOIN LATERAL (
      SELECT -1 AS "delta", o."kind", o."categoryId" WHERE o."status" = 'PUBLISHED'
      UNION ALL SELECT 1, n."kind", n."categoryId" WHERE n."status" = 'PUBLISHED'
    ) AS c
    CROSS JOIN LATERAL "published_post_count_keys"(c."kind", c."categoryId", "published_post_count_tags"(n."id")) AS k
    WHERE (o."status", o."kind", o."categoryId") IS DISTINCT FROM (n."status", n."kind", n."categoryId")
  ));
  RETURN NULL;
END
$$;

-- BEFORE DELETE, per row: the post's tag links still exist here; the cascade that removes them
-- next finds no post and moves nothing (published_post_count_link_delete joins the post).
CREATE FUNCTION "published_post_count_post_delete"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'PUBLISHED' THEN
    PERFORM "published_post_count_apply"((
      SELECT jsonb_agg(jsonb_build_object('key', k."key", 'kind', k."kind", 'categoryId', k."categoryId", 'tagId', k."tagId", 'delta', -1))
      FROM "published_post_count_keys"(OLD."kind", OLD."categoryId", "published_post_count_tags"(OLD."id")) AS k
    ));
  END IF;
  RETURN OLD;
END
$$;

-- Tag links of published posts move their tag's counters (the tag scope only: not "all", not
-- the category). `links`: a JSON array of {postId, tagId, delta}. A link whose post is gone (the
-- cascade of a post's deletion) moves nothing: published_post_count_post_delete counted it.
CREATE FUNCTION "published_post_count_apply_links"(links JSONB) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "published_post_count_apply"((
    SELECT jsonb_agg(jsonb_build_object('key', k."key", 'kind', k."kind", 'categoryId', NULL, 'tagId', l."tagId", 'delta', l."delta"))
    FROM jsonb_to_recordset(links) AS l("postId" TEXT, "tagId" TEXT, "delta" INTEGER)
    JOIN "Post" AS p ON p."id" = l."postId" AND p."status" = 'PUBLISHED'
    CROSS JOIN LATERAL (VALUES ('tag:' || l."tagId", NULL::"PostKind"), ('tag:' || l."tagId" || ':' || p."kind"::TEXT, p."kind")) AS k("key", "kind")
  ));
END
$$;

CREATE FUNCTION "published_post_count_link_insert"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "published_post_count_apply_links"((SELECT jsonb_agg(jsonb_build_object('postId', "postId", 'tagId', "tagId", 'delta', 1)) FROM new_rows));
  RETURN NULL;
END
$$;

CREATE FUNCTION "published_post_count_link_delete"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "published_post_count_apply_links"((SELECT jsonb_agg(jsonb_build_object('postId', "postId", 'tagId', "tagId", 'delta', -1)) FROM old_rows));
  RETURN NULL;
END
$$;

CREATE FUNCTION "published_post_count_link_update"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "published_post_count_apply_links"((
    SELECT jsonb_agg(x) FROM (
      SELECT jsonb_build_object('postId', "postId", 'tagId', "tagId", 'delta', -1) AS x FROM old_rows
      UNION ALL SELECT jsonb_build_object('postId', "postId", 'tagId', "tagId", 'delta', 1) FROM new_rows
    ) AS changed
  ));
  RETURN NULL;
END
$$;

-- Every counter from scratch: the backfill below, and after a TRUNCATE (which fires no row triggers).
CREATE FUNCTION "published_post_count_rebuild"() RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7270736902);
  DELETE FROM "PublishedPostCount";
  INSERT INTO "PublishedPostCount" ("key", "kind", "categoryId", "tagId", "count")
  SELECT k."key", k."kind", k."categoryId", k."tagId", COUNT(*)::INTEGER
  FROM "Post" AS p
  CROSS JOIN LATERAL "published_post_count_keys"(p."kind", p."categoryId", "published_post_count_tags"(p."id")) AS k
  WHERE p."status" = 'PUBLISHED'
  GROUP BY 1, 2, 3, 4;
END
$$;

CREATE FUNCTION "published_post_count_truncate"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "published_post_count_rebuild"();
  RETURN NULL;
END
$$;

CREATE TRIGGER "published_post_count_post_insert" AFTER INSERT ON "Post"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "published_post_count_post_insert"();
CREATE TRIGGER "published_post_count_post_update" AFTER UPDATE ON "Post"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "published_post_count_post_update"();
CREATE TRIGGER "published_post_count_post_delete" BEFORE DELETE ON "Post"
  FOR EACH ROW EXECUTE FUNCTION "published_post_count_post_delete"();
CREATE TRIGGER "published_post_count_link_insert" AFTER INSERT ON "PostTag"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "published_post_count_link_insert"();
CREATE TRIGGER "published_post_count_link_update" AFTER UPDATE ON "PostTag"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "published_post_count_link_update"();
CREATE TRIGGER "published_post_count_link_delete" AFTER DELETE ON "PostTag"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "published_post_count_link_delete"();
CREATE TRIGGER "published_post_count_post_truncate" AFTER TRUNCATE ON "Post"
  FOR EACH STATEMENT EXECUTE FUNCTION "published_post_count_truncate"();
CREATE TRIGGER "published_post_count_link_truncate" AFTER TRUNCATE ON "PostTag"
  FOR EACH STATEMENT EXECUTE FUNCTION "published_post_count_truncate"();

-- Backfill.
SELECT "published_post_count_rebuild"();
