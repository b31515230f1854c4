// autocannon ships no types; these are the parts bench/load.ts uses.
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: string;
      path: string;
      headers?: Record<string, string>;
      body?: string;
    }
    interface RequestSpec {
      path?: string;
      setupRequest?: (req: Request, context: Record<string, unknown>) => Request | null | undefined;
      onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
    }
    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      maxOverallRequests?: number;
      /** Requests per second per connection, at most. */
      connectionRate?: number;
      /** Seconds per request. */
      timeout?: number;
      requests?: RequestSpec[];
    }
    interface Result {
      /** Seconds. */
      duration: number;
      timeouts: number;
      errors: number;
      non2xx: number;
    }
    interface Instance extends PromiseLike<Result> {
      on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): this;
      stop(): void;
    }
  }
  function autocannon(opts: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
