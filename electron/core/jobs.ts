/** Calls that are running now, so a door can cancel one by its call id. */
export class RunningCalls {
  private readonly controllers = new Map<string, AbortController>();

  start(callId: string): AbortController {
    const controller = new AbortController();
    this.controllers.set(callId, controller);
    return controller;
  }

  finish(callId: string): void {
    this.controllers.delete(callId);
  }

  cancel(callId: string): boolean {
    const controller = this.controllers.get(callId);
    if (!controller) return false;
    controller.abort();
    return true;
  }
}
