import type { Clock } from '../application/clock.js';

/** A clock tests move by hand. */
export class FixedClock implements Clock {
  constructor(private current = new Date('2026-11-24T10:00:00Z')) {}

  now(): Date {
    return new Date(this.current);
  }

  setTo(at: Date): void {
    this.current = new Date(at);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}
