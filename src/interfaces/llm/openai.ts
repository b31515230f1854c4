// An OpenAI-compatible chat client (/v1/chat/completions): Ollama, llama.cpp server, or a hosted API.

import { DeskError } from '../../model/index.js';
import type { TextGenerator } from '../../query/index.js';

export interface OpenAiOptions {
  /** Base URL, e.g. http://127.0.0.1:11434/v1 (Ollama) or http://127.0.0.1:8080/v1 (llama.cpp). */
  url: string;
  model: string;
  apiKey?: string | null;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function openAiGenerator(opts: OpenAiOptions): TextGenerator {
  const endpoint = opts.url.replace(/\/+$/, '').replace(/\/chat\/completions$/, '') + '/chat/completions';
  const doFetch = opts.fetch ?? fetch;
  return {
    model: opts.model,
    async complete(system: string, user: string): Promise<string> {
      let res: Response;
      try {
        res = await doFetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}) },
          body: JSON.stringify({
            model: opts.model,
            temperature: 0,
            messages: [
              { role: 'system', content: system },
              { role: 'user', content: user },
            ],
          }),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000),
        });
      } catch (e) {
        throw new DeskError('LLM_FAILED', `${endpoint}: ${(e as Error).message}`, endpoint);
      }
      if (!res.ok) throw new DeskError('LLM_FAILED', `${endpoint}: HTTP ${res.status}`, endpoint);
      const body = (await res.json().catch(() => null)) as { choices?: { message?: { content?: unknown } }[] } | null;
      const content = body?.choices?.[0]?.message?.content;
      if (typeof content !== 'string') throw new DeskError('LLM_FAILED', `${endpoint}: no choices[0].message.content in the reply`, endpoint);
      return content;
    },
  };
}
