// Runs the fsrs-rs optimizer (npm @open-spaced-repetition/binding, pinned in package.json) on
// items exported by bench_optimize, and prints fit time and log loss / RMSE(bins) of the fitted
// and default parameters, for the side-by-side table in docs/performance.md.
//
//   build/bench/bench_optimize --export /tmp/items
//   node tools/fsrs-binding/compare.mjs /tmp/items [--runs N] [--time-series]
//
// Each side writes its fitted parameters into the folder (NAME-on.fsrs-rs.json,
// NAME-on.genai-quiz.json, ...) and evaluates the other's with its own evaluator when present.
// Note: the binding's evaluate() scores the outlier-filtered items (the pre-training items first),
// while fsrs-rs `FSRS::evaluate` and bench_optimize score every item: compare within a column.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import {
  computeParameters,
  evaluateWithTimeSeriesSplits,
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
} from '@open-spaced-repetition/binding'

const args = process.argv.slice(2)
const dir = args[0]
if (!dir) {
  console.error('usage: node compare.mjs DIR [--runs N] [--time-series]')
  process.exit(2)
}
const runsAt = args.indexOf('--runs')
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5
const timeSeries = args.includes('--time-series')

const toItems = (rows) =>
  rows.map((reviews) => new FSRSBindingItem(reviews.map(([rating, delta]) => new FSRSBindingReview(rating, delta))))

const pad = (s, n) => String(s).padStart(n)
console.log(['log'.padEnd(22), pad('items', 7), pad('short-term', 10), pad('wall ms (min/med)', 17), pad('CPU ms (min/med)', 17),
  pad('log loss', 9), pad('RMSE(bins)', 10), pad('default', 9), pad('default', 10)].join(' '))
for (const name of ['anki-user-reviews', 'seq2seq']) {
  const items = toItems(JSON.parse(readFileSync(`${dir}/${name}.json`, 'utf8')))
  const defaults = new FSRSBinding().evaluate(items)
  for (const enableShortTerm of [true, false]) {
    // timeout: the progress-poll period; the default (500 ms) makes every call last >= 500 ms.
    const options = { enableShortTerm, timeout: 1 }
    const times = []
    const cpu = []
    let w
    for (let r = 0; r < runs; r++) {
      const start = process.hrtime.bigint()
      const cpuStart = process.cpuUsage()
      w = await computeParameters(items, options)
      const used = process.cpuUsage(cpuStart)  // every thread of the process, user + system
      cpu.push((used.user + used.system) / 1000)
      times.push(Number(process.hrtime.bigint() - start) / 1e6)
    }
    times.sort((a, b) => a - b)
    cpu.sort((a, b) => a - b)
    const fitted = new FSRSBinding(w).evaluate(items)
    console.log([`${name}`.padEnd(22), pad(items.length, 7), pad(enableShortTerm ? 'on' : 'off', 10),
      pad(`${times[0].toFixed(1)}/${times[Math.floor(times.length / 2)].toFixed(1)}`, 17),
      pad(`${cpu[0].toFixed(1)}/${cpu[Math.floor(cpu.length / 2)].toFixed(1)}`, 17),
      pad(fitted.logLoss.toFixed(5), 9), pad(fitted.rmseBins.toFixed(5), 10),
      pad(defaults.logLoss.toFixed(5), 9), pad(defaults.rmseBins.toFixed(5), 10)].join(' '))
    console.log(`  w = [${w.map((x) => x.toFixed(4)).join(', ')}]`)
    // Exchange parameters with bench_optimize so each side evaluates the other's fit too.
    const stem = `${dir}/${name}-${enableShortTerm ? 'on' : 'off'}`
    writeFileSync(`${stem}.fsrs-rs.json`, JSON.stringify(w) + '\n')
    if (existsSync(`${stem}.genai-quiz.json`)) {
      const ours = JSON.parse(readFileSync(`${stem}.genai-quiz.json`, 'utf8'))
      const m = new FSRSBinding(ours).evaluate(items)
      console.log(`  genai-quiz parameters, same evaluation: log loss ${m.logLoss.toFixed(5)}, RMSE(bins) ${m.rmseBins.toFixed(5)}`)
    }
    if (timeSeries) {
      const start = process.hrtime.bigint()
      const ts = await evaluateWithTimeSeriesSplits(items, options)
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      console.log(`  5-fold time series: log loss ${ts.logLoss.toFixed(5)}, RMSE(bins) ${ts.rmseBins.toFixed(5)} (${ms.toFixed(0)} ms)`)
    }
  }
}
