import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { contentType } from 'mime-types';

export const ADMIN_PREFIX = '/admin';
export const ADMIN_NOT_BUILT = 'Admin not built: run npm run build:admin';

/**
 * Serves the built admin app (admin/dist, from `npm run build:admin`) at /admin:
 * - files under /admin/ with their MIME type (mime-types); hashed files under /admin/assets/ are
 *   cached for a year as immutable, everything else (index.html) must be revalidated (no-cache),
 *   so a new build is picked up on the next load;
 * - any other path without a file extension falls back to index.html (client-side routes such as
 *   /admin/posts/drafts/<id> survive a reload); a missing file *with* an extension is a 404;
 * - `/admin` redirects to `/admin/`, and `/` redirects to `/admin/`: people who open the
 *   gateway's root in a browser want the app, API clients use /graphql directly;
 * - paths that escape the folder (encoded `..`, `%2f`, backslashes, NUL) get 400, never a file;
 * - without a build, /admin answers 503 with "Admin not built: run npm run build:admin".
 * Only GET and HEAD; the GraphQL endpoint and health checks are untouched.
 */
export function useAdminApp(options: { adminDir: string }): Plugin {
  const root = path.resolve(options.adminDir);

  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const { pathname } = url;
      if (pathname === '/' || pathname === ADMIN_PREFIX) {
        return endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: `${ADMIN_PREFIX}/${url.search}` } }));
      }
      if (!pathname.startsWith(`${ADMIN_PREFIX}/`)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(new fetchAPI.Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } }));
      }
      const relative = safeRelativePath(pathname.slice(ADMIN_PREFIX.length + 1));
      if (relative === null) return endResponse(new fetchAPI.Response('Bad request', { status: 400 }));

      const file = await findFile(root, relative);
      const isHead = request.method === 'HEAD';
      if (file) return endResponse(fileResponse(fetchAPI, file, relative, isHead));
      if (path.posix.extname(relative)) return endResponse(new fetchAPI.Response('Not found', { status: 404 }));

      const index = await findFile(root, 'index.html');
      if (!index) {
        return endResponse(
          new fetchAPI.Response(ADMIN_NOT_BUILT, {
            status: 503,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' },
          }),
        );
      }
      return endResponse(fileResponse(fetchAPI, index, 'index.html', isHead));
    },
  };
}

/**
 * The URL path below /admin/ as a safe relative file path, or null when it could leave the folder.
 * The URL parser already resolved literal and %2e dot segments; what remains dangerous is what
 * decoding reintroduces (`..%2f`, `%5c`) and NUL.
 */
function safeRelativePath(encoded: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  return segments.filter(Boolean).join('/');
}

interface FoundFile {
  absolute: string;
  bytes: Buffer;
  mtime: Date;
}

async function findFile(root: string, relative: string): Promise<FoundFile | null> {
  if (!relative) return null;
  const absolute = path.resolve(root, relative);
  // Belt and braces after safeRelativePath: never read outside the admin folder.
  if (!absolute.startsWith(root + path.sep)) return null;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) return null;
    return { absolute, bytes: await readFile(absolute), mtime: info.mtime };
  } catch {
    return null;
  }
}

function fileResponse(fetchAPI: { Response: typeof Response }, file: FoundFile, relative: string, isHead: boolean): Response {
  const isHashedAsset = relative.startsWith('assets/');
  const headers = {
    'content-type': contentType(path.extname(file.absolute)) || 'application/octet-stream',
    'content-length': String(file.bytes.byteLength),
    'cache-control': isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    'last-modified': file.mtime.toUTCString(),
    'x-content-type-options': 'nosniff',
  };
  return new fetchAPI.Response(isHead ? null : new Uint8Array(file.bytes), { status: 200, headers });
}
