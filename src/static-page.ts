// Pages that do not depend on the request are rendered once and kept in memory, already compressed.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

export interface PrerenderedPage {
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
  contentType: string;
}

export function prerender(content: string, contentType = 'text/html; charset=utf-8'): PrerenderedPage {
  const body = Buffer.from(content, 'utf8');
  return {
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    contentType,
  };
}

export function sendPrerendered(req: Request, res: Response, page: PrerenderedPage, cacheControl: string): void {
  res.set({ 'Content-Type': page.contentType, ETag: page.etag, Vary: 'Accept-Encoding', 'Cache-Control': cacheControl });
  if (req.headers['if-none-match'] === page.etag) {
    res.status(304).end();
    return;
  }
  const accepts = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepts)) {
    res.set('Content-Encoding', 'br').send(page.brotli);
  } else if (/\bgzip\b/.test(accepts)) {
    res.set('Content-Encoding', 'gzip').send(page.gzip);
  } else {
    res.send(page.body);
  }
}
