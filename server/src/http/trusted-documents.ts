import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { Kind, parse, visit, type DocumentNode } from 'graphql';

/**
 * The admin's operations as `npm run codegen` writes them (graphql-codegen's client preset,
 * `persistedDocuments`): `{ "sha256:<hex>": "<normalized document>" }`. A build artefact of the
 * admin that the gateway reads as a file, as it serves admin/dist; it never imports admin source.
 */
export const ADMIN_MANIFEST = fileURLToPath(new URL('../../../admin/src/__generated__/persisted-documents.json', import.meta.url));

/** The identifier prefix the GraphQL-over-HTTP persisted-documents appendix gives SHA-256 ids. */
const SHA256_PREFIX = 'sha256:';

/**
 * A document in the normal form the codegen manifest uses (@graphql-tools/documents'
 * printExecutableGraphQLDocument: no comments or insignificant whitespace, selections and
 * arguments in a fixed order).
 * @throws graphql's syntax error when `text` does not parse.
 */
export function normalizeDocument(text: string): string {
  return printExecutableGraphQLDocument(parse(text, { noLocation: true }));
}

/**
 * What a document asks for, whatever the layout: normalized as normalizeDocument, without
 * unaliased `__typename` fields (Apollo Client adds them to every selection but the root one, the
 * manifest has none; they cost nothing to answer). Two texts with one shape run the same fields.
 */
function shapeOf(document: DocumentNode): string {
  const withoutTypenames = visit(document, {
    [Kind.FIELD]: (field) => (field.name.value === '__typename' && !field.alias ? null : undefined),
  });
  return printExecutableGraphQLDocument(withoutTypenames);
}

/** Lowercase hex SHA-256 of `text` (UTF-8). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The documents the gateway trusts: run for anyone, also with PERSISTED_ONLY=on, by id
 * (`extensions.persistedQuery.sha256Hash`) or as text. An id is the SHA-256 (hex) of the
 * normalized document (normalizeDocument), written bare or with the `sha256:` prefix the manifest
 * uses; text is recognised by its shape (comments, layout, field order and `__typename` aside).
 */
export class TrustedDocuments {
  readonly #byId = new Map<string, string>();
  readonly #shapes = new Set<string>();
  /** The names of the trusted documents' operations: the only ones the metrics label by name (http/metrics.ts). */
  readonly operationNames = new Set<string>();
  readonly #maxTokens: number | undefined;

  /** @param options.maxTokens most tokens `hasText` parses (MAX_TOKENS); a longer text is not trusted. */
  constructor(options: { maxTokens?: number } = {}) {
    this.#maxTokens = options.maxTokens;
  }

  /** Trusts `text`. @returns its id (bare hex). @throws when it does not parse. */
  add(text: string): string {
    const normalized = normalizeDocument(text);
    const id = sha256Hex(normalized);
    this.#byId.set(id, normalized);
    const document = parse(normalized, { noLocation: true });
    this.#shapes.add(sha256Hex(shapeOf(document)));
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) this.operationNames.add(definition.name.value);
    }
    return id;
  }

  /**
   * Trusts every document of a codegen manifest. @throws when the file is not such a manifest, or
   * an id is not the hash of its document (a stale or edited manifest: run `npm run codegen`).
   */
  addManifest(file: string): void {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [key, text] of Object.entries(manifest)) {
      const id = this.add(text);
      if (withoutPrefix(key) !== id) throw new Error(`${file}: the id ${key} is not the hash of its document; run npm run codegen`);
    }
  }

  /** The trusted document with this id (bare hex or `sha256:<hex>`), or undefined. */
  get(id: string): string | undefined {
    return this.#byId.get(withoutPrefix(id));
  }

  /** True when `text` has the shape of a trusted document; false too when it does not parse. */
  hasText(text: string): boolean {
    try {
      return this.#shapes.has(sha256Hex(shapeOf(parse(text, { noLocation: true, maxTokens: this.#maxTokens }))));
    } catch {
      return false;
    }
  }
}

function withoutPrefix(id: string): string {
  return id.startsWith(SHA256_PREFIX) ? id.slice(SHA256_PREFIX.length) : id;
}

/**
 * The documents this project ships and trusts: the admin's operations (ADMIN_MANIFEST) and
 * GraphiQL's opening tabs. A public frontend's documents belong here too, as another manifest.
 * @param options.maxTokens MAX_TOKENS, the most tokens `hasText` parses.
 */
export function shippedDocuments(options: { maxTokens?: number; graphiqlTabs: ReadonlyArray<{ query: string }> }): TrustedDocuments {
  const trusted = new TrustedDocuments({ maxTokens: options.maxTokens });
  trusted.addManifest(ADMIN_MANIFEST);
  for (const tab of options.graphiqlTabs) trusted.add(tab.query);
  return trusted;
}
