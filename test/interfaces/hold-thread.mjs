// A stand-in ask thread for the pool tests: it speaks the real pool's protocol but holds each task
// until the test releases it, so "all threads busy" is a state the test sets, not a race it wins.
// Tasks and releases travel on a BroadcastChannel shared with the test file.
import { parentPort } from 'node:worker_threads';

const channel = new BroadcastChannel('newsdesk-hold-thread');
const held = new Map(); // question → reply()
const released = new Set();

channel.onmessage = ({ data }) => {
  if (data.release === undefined) return;
  released.add(data.release);
  for (const [q, reply] of held) if (data.release === '*' || data.release === q) (held.delete(q), reply());
};

parentPort.on('message', ({ id, task }) => {
  const reply = () => parentPort.postMessage({ id, ok: true, value: { question: task.question, answer: 'held', abstained: false, confidence: 1, answerType: 'thing', citations: [], related: [] } });
  channel.postMessage({ started: task.question });
  if (released.has('*') || released.has(task.question)) reply();
  else held.set(task.question, reply);
});
parentPort.postMessage({ ready: true });
