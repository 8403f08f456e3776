import { STOP_SIGNALS } from './stop-signals.js';

/**
 * Says that the run was interrupted when a stop signal (SIGINT: Ctrl-C, SIGTERM, SIGHUP) arrives while the program
 * itself is still loading, before the command listens for it: the command line's modules take ~1 s to load (up to
 * 4 s on a loaded host), and a Ctrl-C in that time ended an ingest silently (fresh-eyes review 19; the window of the
 * models' load is the ingest command's own, a187e54). The line is the one an ingest interrupted before its first
 * batch writes, with nothing stored: text `interrupted (SIGINT) while detente was starting: 0 article(s) stored; run the
 * same command again`, or with `--log-format json` a JSON line `{"level":"warn","event":"interrupted",signal,stored:0,
 * starting:true}`. Then the process ends by the same signal, as it did before (exit status 128 + n).
 * The listeners step aside as soon as anything else listens for one of the signals (the ingest command, at the start
 * of its action), so each signal is reported once, by whoever holds the run at that moment.
 * bin/detente.js calls this before it loads the command line, for `ingest` only.
 * @param argv the command-line arguments after the program (`process.argv.slice(2)`), read for `--log-format json`
 */
export function reportEarlyInterrupt(argv: readonly string[]): void {
  const json = argv.includes('--log-format=json') || argv.some((a, i) => a === '--log-format' && argv[i + 1] === 'json');
  let handedOver = false;
  const stopListening = () => {
    for (const sig of STOP_SIGNALS) process.off(sig, onSignal);
    process.off('newListener', onNewListener);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (handedOver) return;
    stopListening();
    process.stderr.write(earlyInterruptLine(signal, json));
    // with no listener left, the signal's default action ends the process
    process.kill(process.pid, signal);
  };
  const onNewListener = (event: string | symbol) => {
    if (!(STOP_SIGNALS as readonly (string | symbol)[]).includes(event)) return;
    handedOver = true;
    // removed only once the command's listener is in place ('newListener' comes before it is added): removing a
    // signal's last listener closes its handle, and a signal caught while the load ran synchronously but not yet
    // emitted was lost with it (measured: a Ctrl-C 1.5 s into an ingest was ignored and the ingest ran to the end)
    queueMicrotask(stopListening);
  };
  for (const sig of STOP_SIGNALS) process.on(sig, onSignal);
  process.on('newListener', onNewListener);
}

/**
 * The line {@link reportEarlyInterrupt} writes for `signal`.
 * @param signal the stop signal (SIGINT…)
 * @param json true for `--log-format json`
 * @returns the text or JSON line, ending in a newline
 */
export function earlyInterruptLine(signal: NodeJS.Signals, json: boolean): string {
  return json
    ? `${JSON.stringify({ time: new Date().toISOString(), level: 'warn', event: 'interrupted', signal, stored: 0, starting: true })}\n`
    : `interrupted (${signal}) while detente was starting: 0 article(s) stored; run the same command again\n`;
}
