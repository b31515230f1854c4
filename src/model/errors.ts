// One catalogue of user-facing errors: code → HTTP status and a default message.
// Messages at the point of use name the item; this table keeps codes and statuses in one place.

export const ERRORS = {
  BAD_REQUEST: { status: 400, message: 'The request is not valid.' },
  UNAUTHORIZED: { status: 401, message: 'A valid token is required for this endpoint.' },
  NOT_FOUND: { status: 404, message: 'Not found.' },
  FILE_UNREADABLE: { status: 422, message: 'The file cannot be read.' },
  NOT_TEXT: { status: 422, message: 'The input is not text (binary bytes).' },
  EMPTY_TEXT: { status: 422, message: 'No article text was found.' },
  UNKNOWN_ENCODING: { status: 422, message: 'The character encoding is unknown.' },
  UNSUPPORTED_FORMAT: { status: 415, message: 'The format is not supported.' },
  FEED_UNPARSEABLE: { status: 422, message: 'The feed cannot be parsed.' },
  JSONL_INVALID: { status: 422, message: 'The JSON Lines record is not valid.' },
  CSV_INVALID: { status: 422, message: 'The CSV file or row is not valid.' },
  HTML_UNPARSEABLE: { status: 422, message: 'No article could be extracted from the page.' },
  BAD_DATE: { status: 400, message: 'The date is not a valid YYYY-MM-DD date.' },
  FETCH_FAILED: { status: 502, message: 'The URL could not be fetched.' },
  FETCH_TIMEOUT: { status: 504, message: 'The URL took too long to answer.' },
  FETCH_TOO_LARGE: { status: 413, message: 'The response is larger than the size limit.' },
  FETCH_TOO_MANY_REDIRECTS: { status: 508, message: 'The URL redirected too many times.' },
  FETCH_BLOCKED_ADDRESS: { status: 403, message: 'The URL points to a private or loopback address.' },
  FETCH_BAD_STATUS: { status: 502, message: 'The server answered with an error status.' },
  FETCH_BAD_CONTENT_TYPE: { status: 415, message: 'The content type is not a page or a feed.' },
  FETCH_NOT_ALLOWED: { status: 403, message: 'Fetching URLs is not allowed here.' },
  BAD_URL: { status: 400, message: 'The URL is not a valid http(s) URL.' },
  STORE_FAILED: { status: 500, message: 'The article could not be stored.' },
  CORRECTION_INVALID: { status: 422, message: 'The entity correction cannot be applied.' },
  LLM_FAILED: { status: 502, message: 'The language model endpoint failed.' },
  BUSY: { status: 429, message: 'The desk is answering other questions; retry shortly.' },
  ASK_TIMEOUT: { status: 503, message: 'The question was not answered in time.' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** A user-facing failure: a code from the catalogue and a message that names the item. */
export class DeskError extends Error {
  readonly code: ErrorCode;
  readonly item: string | null;
  constructor(code: ErrorCode, message?: string, item: string | null = null) {
    super(message ?? ERRORS[code].message);
    this.name = 'DeskError';
    this.code = code;
    this.item = item;
  }
  get status(): number {
    return ERRORS[this.code].status;
  }
}

/** A refusal the client may retry: HTTP sends the seconds as Retry-After (RFC 9110 §10.2.3). */
export class RetryLater extends DeskError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryAfter: number,
  ) {
    super(code, message);
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DeskError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message?: string, item: string | null = null): Result<T> => ({
  ok: false,
  error: new DeskError(code, message, item),
});
