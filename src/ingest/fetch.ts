// The one HTTP fetcher: http(s) only, DNS checked against private ranges at connect time (so a
// rebinding answer cannot slip past), manual redirects re-checked per hop, an overall timeout,
// a size cap on the decoded body, a content-type check, and conditional requests for `watch`.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import zlib from 'node:zlib';
import { DeskError, fail, ok, type ErrorCode, type Result } from '../model/index.js';

export interface FetchRequest {
  url: string;
  /** Validators from an earlier response: sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchedBody {
  notModified: false;
  status: number;
  /** The URL after redirects. */
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
  headers: Record<string, string>;
  etag: string | null;
  lastModified: string | null;
}

/** 304: the caller's copy is current (RFC 9110 §15.4.5). */
export interface NotModified {
  notModified: true;
  status: 304;
  url: string;
  headers: Record<string, string>;
  etag: string | null;
  lastModified: string | null;
}

export type FetchResponse = FetchedBody | NotModified;
export type Fetcher = (req: FetchRequest) => Promise<Result<FetchResponse>>;

export interface FetcherOptions {
  /** Whole request, redirects included. Default 15 s. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. Default 10 MiB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Allow private, loopback and link-local addresses (tests, intranets). Default false. */
  allowPrivate?: boolean;
  userAgent?: string;
  /** DNS lookup, injectable for tests. */
  lookup?: typeof dnsLookup;
}

const ACCEPTED_TYPES = [
  /^text\/html$/, /^application\/xhtml\+xml$/, /^(?:application|text)\/xml$/, /^application\/(?:rss|atom|rdf)\+xml$/,
  /^application\/(?:feed\+)?json$/, /^text\/plain$/, /^text\/markdown$/,
];

const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10] /* CGNAT */, ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4] /* multicast */, ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7] /* ULA */, ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv6');

/** True for addresses a fetch must not reach unless private addresses are allowed. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
  const embedded = /^(?:::ffff:|64:ff9b::)(?:0:)?(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (embedded) return BLOCKED.check(embedded[1], 'ipv4');
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hexMapped) {
    const hi = parseInt(hexMapped[1], 16);
    const lo = parseInt(hexMapped[2], 16);
    return BLOCKED.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, 'ipv4');
  }
  return BLOCKED.check(address, 'ipv6');
}

const err = (code: ErrorCode, url: string, reason: string) => fail<FetchResponse>(code, `${url}: ${reason}`, url);

function headerMap(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Build a fetcher with limits. The app passes it to readSource; tests point it at 127.0.0.1. */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const allowPrivate = options.allowPrivate ?? false;
  const userAgent = options.userAgent ?? 'newsdesk/0.1 (+self-hosted news desk)';
  const lookupFn = options.lookup ?? dnsLookup;

  // Check every resolved address at connect time, then connect to exactly that address.
  const guardedLookup = (hostname: string, opts: { all?: boolean }, cb: (...a: unknown[]) => void) => {
    lookupFn(hostname, { all: true }, (e: NodeJS.ErrnoException | null, addrs: LookupAddress[]) => {
      if (e) return cb(e);
      const list = addrs as LookupAddress[];
      const bad = list.find((a) => isBlockedAddress(a.address));
      if (!allowPrivate && bad) {
        return cb(new DeskError('FETCH_BLOCKED_ADDRESS', `${hostname} resolves to ${bad.address}, a private or reserved address`));
      }
      if (list.length === 0) return cb(new Error(`no address for ${hostname}`));
      if (opts?.all) cb(null, list);
      else cb(null, list[0].address, list[0].family);
    });
  };

  const once = (url: URL, req: FetchRequest, deadline: number): Promise<Result<FetchResponse> | { redirect: string }> =>
    new Promise((resolve) => {
      const lib = url.protocol === 'https:' ? https : http;
      const headers: Record<string, string> = {
        'user-agent': userAgent,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (req.etag) headers['if-none-match'] = req.etag;
      if (req.lastModified) headers['if-modified-since'] = req.lastModified;
      const remaining = deadline - Date.now();
      let settled = false;
      const done = (r: Result<FetchResponse> | { redirect: string }) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(r);
      };
      const request = lib.request(url, { method: 'GET', headers, lookup: guardedLookup as never }, (res) => {
        const status = res.statusCode ?? 0;
        const h = headerMap(res.headers);
        if ([301, 302, 303, 307, 308].includes(status) && h.location) {
          res.resume();
          return done({ redirect: new URL(h.location, url).toString() });
        }
        const base = { url: url.toString(), headers: h, etag: h.etag ?? null, lastModified: h['last-modified'] ?? null };
        if (status === 304) {
          res.resume();
          return done(ok({ notModified: true, status: 304, ...base }));
        }
        if (status < 200 || status >= 300) {
          res.resume();
          return done(err('FETCH_BAD_STATUS', url.toString(), `the server answered HTTP ${status}`));
        }
        const contentType = h['content-type'] ?? null;
        const mime = contentType?.split(';')[0].trim().toLowerCase() ?? null;
        if (mime && !ACCEPTED_TYPES.some((re) => re.test(mime))) {
          res.resume();
          return done(err('FETCH_BAD_CONTENT_TYPE', url.toString(), `content type "${mime}" is not a page or a feed`));
        }
        const declared = Number(h['content-length']);
        const encoding = (h['content-encoding'] ?? '').toLowerCase();
        if (!encoding && Number.isFinite(declared) && declared > maxBytes) {
          res.destroy();
          return done(err('FETCH_TOO_LARGE', url.toString(), `Content-Length ${declared} exceeds the ${maxBytes}-byte limit`));
        }
        // The cap applies to decoded bytes, so a small gzip bomb cannot grow past it.
        const stream =
          encoding === 'gzip' || encoding === 'x-gzip' ? res.pipe(zlib.createGunzip())
          : encoding === 'deflate' ? res.pipe(zlib.createInflate())
          : encoding === 'br' ? res.pipe(zlib.createBrotliDecompress())
          : res;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) {
            res.destroy();
            stream.destroy();
            done(err('FETCH_TOO_LARGE', url.toString(), `the body exceeds the ${maxBytes}-byte limit`));
            return;
          }
          chunks.push(c);
        });
        stream.on('end', () =>
          done(ok({ notModified: false, status, contentType, bytes: new Uint8Array(Buffer.concat(chunks)), ...base })),
        );
        stream.on('error', (e: Error) => done(err('FETCH_FAILED', url.toString(), e.message)));
        res.on('error', (e: Error) => done(err('FETCH_FAILED', url.toString(), e.message)));
      });
      const timer = setTimeout(() => {
        request.destroy();
        done(err('FETCH_TIMEOUT', url.toString(), `no complete answer within ${timeoutMs} ms`));
      }, Math.max(0, remaining));
      request.on('error', (e: Error) => {
        if (e instanceof DeskError) done(err(e.code, url.toString(), e.message));
        else done(err('FETCH_FAILED', url.toString(), e.message));
      });
      request.end();
    });

  return async (req) => {
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return err('BAD_URL', req.url, 'not a valid URL');
    }
    const deadline = Date.now() + timeoutMs;
    const seen: string[] = [];
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return err('BAD_URL', url.toString(), 'only http and https URLs are fetched');
      if (url.username || url.password) return err('BAD_URL', url.toString(), 'URLs with credentials are not fetched');
      // An IP literal skips DNS, so it is checked here.
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (!allowPrivate && isIP(host) && isBlockedAddress(host)) {
        return err('FETCH_BLOCKED_ADDRESS', url.toString(), `${host} is a private or reserved address`);
      }
      seen.push(url.toString());
      const r = await once(url, req, deadline);
      if (!('redirect' in r)) return r;
      if (hop + 1 > maxRedirects) {
        return err('FETCH_TOO_MANY_REDIRECTS', req.url, `more than ${maxRedirects} redirects (${seen.slice(-3).join(' → ')} → …)`);
      }
      url = new URL(r.redirect);
    }
  };
}
