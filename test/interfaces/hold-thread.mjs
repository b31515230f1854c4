// A stand-in ask thread for the pool tests: it speaks the real pool's protocol but holds each task
// until the test releases it, so "all threads busy" is a state the test sets, not a race it wins.
// Tasks and releases travel on a BroadcastChannel shared with the test file. A task is named by its
// question, or by its kind and article ("read-also <id>").
import { parentPort } from 'node:worker_threads';

const channel = new BroadcastChannel('newsdesk-hold-thread');
const held = new Map(); // name → reply()
const released = new Set();

channel.onmessage = ({ data }) => {
  if (data.release === undefined) return;
  released.add(data.release);
  for (const [q, reply] of held) if (data.release === '*' || data.release === q) (held.delete(q), reply());
};

/** What a real thread would answer, in shape: an answer, checked questions, or read also. */
function valueOf(task, name) {
  if (task.kind === 'ask') return { question: task.question, answer: 'held', abstained: false, confidence: 1, answerType: 'thing', citations: [], related: [] };
  if (task.kind === 'read-also') return [];
  return { questions: [`Held ${name}?`], complete: true };
}

parentPort.on('message', ({ id, task }) => {
  const name = task.question ?? `${task.kind} ${task.articleId}`;
  const reply = () => parentPort.postMessage({ id, ok: true, value: valueOf(task, name) });
  channel.postMessage({ started: name });
  if (released.has('*') || released.has(name)) reply();
  else held.set(name, reply);
});
parentPort.postMessage({ ready: true });
