// Writes FSRS-6 reference vectors computed by ts-fsrs (the exact version in package.json) to
// tests/data/fsrs/*.txt. Run from this folder: `npm ci && npm run vectors`.
//
// Each file starts with "# settings <json>" (the ts-fsrs parameters used), then one block per
// card: "card <start ms>", followed by one line per review:
//   <ms since the previous review (the start for the first)> <rating 1-4> <state 0-3>
//   <stability> <difficulty> <scheduled_days> <due - review time in ms> <learning_steps> <lapses>
// Every line is the card after that review; reps equals the line's index + 1.
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { fsrs, createEmptyCard, generatorParameters, State } from 'ts-fsrs';

if (process.env.TZ !== 'UTC') {
  console.error('run with TZ=UTC (npm run vectors does)');
  process.exit(2);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../../tests/data/fsrs');

// A small deterministic generator (mulberry32) so the vectors are reproducible.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

function pickRating(rand, style) {
  const u = rand();
  switch (style) {
    case 'again': return u < 0.6 ? 1 : u < 0.8 ? 2 : 3;
    case 'easy': return u < 0.05 ? 1 : u < 0.15 ? 2 : u < 0.5 ? 3 : 4;
    case 'uniform': return 1 + Math.floor(u * 4);
    default: return u < 0.15 ? 1 : u < 0.3 ? 2 : u < 0.85 ? 3 : 4;
  }
}

// The time of the next review: on time, early, late, same day, or after a very long gap.
function nextTime(rand, card, now) {
  const due = card.due.getTime();
  const wait = Math.max(due - now, MINUTE);
  const u = rand();
  let t;
  if (u < 0.45) t = due;
  else if (u < 0.55) t = now + Math.floor(rand() * wait);               // early
  else if (u < 0.75) t = due + Math.floor(rand() * 3 * wait);           // late
  else if (u < 0.85) t = now + Math.floor(1 + rand() * 240) * MINUTE;   // same day, minutes
  else if (u < 0.92) t = now + Math.floor(rand() * 3 * DAY);            // across midnights
  else if (u < 0.97) t = now + Math.floor(rand() * 4000) * DAY + Math.floor(rand() * DAY);  // years
  else t = now + Math.floor(rand() * 60 * 1000);                        // within a minute
  return Math.max(t, now);
}

function generate(name, params, cards, maxReviews, seed) {
  const f = fsrs(params);
  const rand = rng(seed);
  const styles = ['normal', 'normal', 'normal', 'again', 'easy', 'uniform'];
  const lines = [`# settings ${JSON.stringify(generatorParameters(params))}`];
  let steps = 0;
  for (let c = 0; c < cards; c++) {
    const style = styles[Math.floor(rand() * styles.length)];
    // 2000-01-01 .. 2030-01-01, any millisecond.
    const start = 946684800000 + Math.floor(rand() * 30 * 365 * DAY);
    let card = createEmptyCard(new Date(start));
    lines.push(`card ${start}`);
    let now = start;
    let prev = start;
    const n = 1 + Math.floor(rand() * maxReviews);
    for (let i = 0; i < n; i++) {
      if (i > 0) now = nextTime(rand, card, now);
      const rating = pickRating(rand, style);
      card = f.next(card, new Date(now), rating).card;
      if (card.reps !== i + 1) throw new Error('reps mismatch');
      lines.push([now - prev, rating, card.state, card.stability, card.difficulty, card.scheduled_days,
        card.due.getTime() - now, card.learning_steps, card.lapses].join(' '));
      prev = now;
      steps++;
    }
  }
  writeFileSync(path.join(outDir, `${name}.txt`), lines.join('\n') + '\n');
  console.log(`${name}: ${cards} cards, ${steps} reviews`);
}

mkdirSync(outDir, { recursive: true });
const fsrs5 = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
  1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621];
const fsrs45 = [0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26,
  0.29, 2.61];
generate('defaults', { enable_fuzz: false }, 2500, 16, 1);
generate('retention-80-no-steps', { enable_fuzz: false, request_retention: 0.8, learning_steps: [],
  relearning_steps: [] }, 400, 14, 2);
generate('retention-97-long-steps', { enable_fuzz: false, request_retention: 0.97,
  learning_steps: ['1m', '10m', '1h', '1d'], relearning_steps: ['10m', '2h'], maximum_interval: 365 },
  400, 14, 3);
generate('long-term', { enable_fuzz: false, enable_short_term: false }, 400, 14, 4);
generate('fsrs5-parameters', { enable_fuzz: false, w: fsrs5 }, 300, 14, 5);
generate('fsrs45-parameters', { enable_fuzz: false, w: fsrs45, request_retention: 0.85 }, 300, 14, 6);
generate('fuzz', { enable_fuzz: true }, 600, 14, 7);
generate('fuzz-long-term', { enable_fuzz: true, enable_short_term: false, maximum_interval: 1000 },
  300, 14, 8);
