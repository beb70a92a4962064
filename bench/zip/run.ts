// Event-loop delay while a 50 MB evidence bundle is zipped: the old writer's work (one
// synchronous deflateRawSync + crc32 per entry, as src/modules/incidents/exports/zip.ts
// did before ADR 0025) against the streamed yazl writer in src/platform/files/zip.ts.
//   npx tsx bench/zip/run.ts
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { crc32, deflateRawSync } from 'node:zlib';
import { zipStream } from '../../src/platform/files/zip';

const MB = 1024 * 1024;
/** Half text-like (compressible), half photo-like (random): a typical evidence bundle. */
const entries = [
  { name: 'bewijs/chat.txt', data: Buffer.alloc(25 * MB, 'Wij weten waar u woont. ') },
  { name: 'bewijs/foto.jpg', data: randomBytes(25 * MB) },
];

async function measure(label: string, work: () => Promise<number>) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  // A timer that should fire every 10 ms: its longest gap is the longest stall a request
  // to the same server would have felt.
  let ticks = 0;
  let last = performance.now();
  let longestGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    ticks++;
  }, 10);
  histogram.enable();
  await new Promise((r) => setTimeout(r, 20));
  const started = performance.now();
  const bytes = await work();
  const ms = performance.now() - started;
  // One more turn of the loop, so a delay that lasted until the end is recorded too.
  await new Promise((r) => setTimeout(r, 20));
  histogram.disable();
  clearInterval(timer);
  longestGap = Math.max(longestGap, performance.now() - last);
  const rss = process.memoryUsage().rss / MB;
  console.log(
    `${label.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  longest stall ${longestGap.toFixed(0).padStart(5)} ms  max loop delay ${(histogram.max / 1e6).toFixed(0).padStart(5)} ms  ` +
      `p99 ${(histogram.percentile(99) / 1e6).toFixed(0).padStart(4)} ms  timer ticks ${String(ticks).padStart(4)}  zip ${(bytes / MB).toFixed(1)} MB  rss ${rss.toFixed(0)} MB`,
  );
  return longestGap;
}

const before = await measure('old: deflateRawSync in-loop', async () => {
  let total = 0;
  for (const e of entries) {
    crc32(e.data);
    const deflated = deflateRawSync(e.data);
    total += Math.min(deflated.length, e.data.length);
  }
  return total;
});
const after = await measure('new: yazl stream', async () => {
  let total = 0;
  for await (const piece of zipStream(entries)) total += (piece as Buffer).length;
  return total;
});
console.log(`longest stall old/new: ${(before / after).toFixed(1)}x`);
