// Which tables a SQL statement writes, read from its text: what lets the database layer report
// committed writes per table (database.ts, onCommittedWrite) without any help from the code that
// issued them.

/** Stands for "a write whose target could not be read": callers must treat it as any table. */
export const UNKNOWN_TABLE = '*';

/**
 * Statements that never write a table: reads, session settings and transaction control. Prisma
 * sends nothing else that is read-only; anything not listed here counts as a write.
 */
const READ_ONLY =
  /^\s*(?:SELECT|SHOW|VALUES|TABLE|SET|RESET|BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|DEALLOCATE)\b/i;

const NAME = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
/**
 * The target of each INSERT / UPDATE / DELETE / MERGE / TRUNCATE in a statement, data-modifying
 * CTEs included. `DO UPDATE` (ON CONFLICT), `THEN UPDATE` (MERGE) and `FOR [NO KEY] UPDATE` (row
 * locks) name no table.
 */
const TARGET = new RegExp(
  String.raw`(?:\bINSERT\s+INTO|(?<!\b(?:DO|FOR|KEY|THEN)\s+)\bUPDATE|\bDELETE\s+FROM|\bMERGE\s+INTO|\bTRUNCATE(?:\s+TABLE)?)\s+(?:ONLY\s+)?(${NAME}(?:\s*\.\s*${NAME})?)`,
  'gi',
);

/** `"public"."Post"` → `Post`; unquoted names fold to lower case, as PostgreSQL folds them. */
function tableName(qualified: string): string {
  const last = qualified.match(new RegExp(`${NAME}$`))![0];
  return last.startsWith('"') ? last.slice(1, -1).replaceAll('""', '"') : last.toLowerCase();
}

/**
 * The tables `sql` (one PostgreSQL statement) may write: [] for a statement that cannot write
 * (SELECT, SET, BEGIN/COMMIT, …), the target tables without schema (`["Post"]`) for INSERT,
 * UPDATE, DELETE, MERGE and TRUNCATE (every one in the statement, CTEs included), and
 * [UNKNOWN_TABLE] for anything else (DDL, COPY, CALL, DO, …), so that an unrecognised write is
 * never mistaken for none. Triggers and foreign-key cascades are not seen: the schema's cascades
 * stay within public content (Post → PostTag, Favorite) or within private tables (User →
 * Session, ApiToken).
 */
export function writtenTables(sql: string): string[] {
  if (READ_ONLY.test(sql)) return [];
  const tables = new Set<string>();
  for (const match of sql.matchAll(TARGET)) tables.add(tableName(match[1]!));
  return tables.size ? [...tables] : [UNKNOWN_TABLE];
}
