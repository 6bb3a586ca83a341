/**
 * A progress bar on stderr, drawn only on an interactive terminal outside CI, so logs and pipes
 * never receive it. It shows simulated time against the scenario's duration, then the drain.
 */
import { formatTime } from './format.js';

const WIDTH = 30;

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function showsProgress(stream: ProgressStream, environment: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && (environment.CI === undefined || environment.CI === '');
}

export class ProgressBar {
  private drawn = false;

  constructor(private readonly stream: ProgressStream, private readonly label: string) {}

  update(now: number, duration: number): void {
    const share = Math.min(1, now / duration);
    const filled = Math.round(share * WIDTH);
    const phase = now <= duration ? `${formatTime(now)} of ${formatTime(duration)}` : `draining at ${formatTime(now)}`;
    this.stream.write(`\r${this.label} [${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${phase}   `);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write(`\r${' '.repeat(WIDTH + 60)}\r`);
    this.drawn = false;
  }
}
