// Replays 1,000,000 reviews (100,000 cards × 10) through ts-fsrs `next` and prints reviews per
// CPU second (best of 3): the same workload as bench/bench_fsrs.cpp (mulberry32 seed 42 picks the ratings, each
// review at the card's due time, fuzz off) and the same checksum (the sum of all intervals).
//   cd tools/fsrs-oracle && npm ci && npm run bench
import { fsrs, createEmptyCard, FSRSVersion } from 'ts-fsrs';

const CARDS = 100000;
const REVIEWS = 10;
const START = Date.UTC(2024, 0, 1);

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(42);
const ratings = new Uint8Array(CARDS * REVIEWS);
for (let i = 0; i < ratings.length; i++) {
  const u = rand();
  ratings[i] = u < 0.10 ? 1 : u < 0.25 ? 2 : u < 0.85 ? 3 : 4;
}

const f = fsrs({ enable_fuzz: false });
function run() {
  let checksum = 0;
  const begin = process.cpuUsage();
  const wallBegin = process.hrtime.bigint();
  for (let c = 0; c < CARDS; c++) {
    let now = new Date(START + c * 1000);
    let card = createEmptyCard(now);
    for (let i = 0; i < REVIEWS; i++) {
      card = f.next(card, now, ratings[c * REVIEWS + i]).card;
      checksum += card.scheduled_days;
      now = card.due;
    }
  }
  // CPU time (user + system) of this process: the machine may be shared.
  const used = process.cpuUsage(begin);
  const wall = Number(process.hrtime.bigint() - wallBegin) / 1e9;
  return { seconds: (used.user + used.system) / 1e6, wall, checksum };
}

let best = { seconds: Infinity, wall: 0, checksum: 0 };
for (let i = 0; i < 3; i++) {
  const r = run();
  if (r.seconds < best.seconds) best = r;
}
const n = CARDS * REVIEWS;
console.log(`ts-fsrs ${FSRSVersion} next (node ${process.version}), fuzz off: ${n} reviews in ` +
  `${best.seconds.toFixed(3)} CPU s = ${Math.round(n / best.seconds)} reviews/s (wall ${best.wall.toFixed(3)} s; checksum ${best.checksum})`);
