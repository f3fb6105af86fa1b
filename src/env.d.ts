/** What src/middleware.ts hands every page: its frame (src/data/frame.ts), which the layout renders. */
declare namespace App {
  interface Locals {
    frame: import('./data/frame.ts').PageFrame;
  }
}
