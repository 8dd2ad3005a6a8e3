import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';

// react-router encodes URLs with TextEncoder, which jest-environment-jsdom does not expose.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// The data router builds a Request for each navigation (the argument of route loaders, which this app has none of);
// jest-environment-jsdom exposes no Request. A navigation reads only its URL, method and abort signal.
if (typeof globalThis.Request !== 'function') {
  class NavigationRequest {
    readonly url: string;
    readonly method: string;
    readonly signal: AbortSignal;
    constructor(url: string | URL, init: { method?: string; signal?: AbortSignal } = {}) {
      this.url = String(url);
      this.method = init.method ?? 'GET';
      this.signal = init.signal ?? new AbortController().signal;
    }
  }
  Object.assign(globalThis, { Request: NavigationRequest });
}

// Browsers have structuredClone, jest-environment-jsdom does not expose it; fake-indexeddb (the offline answer
// queue's specs) clones every stored value with it. V8's serializer is the same structured-clone algorithm.
if (typeof globalThis.structuredClone !== 'function') {
  Object.assign(globalThis, { structuredClone: <T>(value: T): T => deserialize(serialize(value)) as T });
}

// Mantine reads media queries, observes sizes and scrolls options into view: jsdom has none of these.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe(): void {
    return undefined;
  }
  unobserve(): void {
    return undefined;
  }
  disconnect(): void {
    return undefined;
  }
}
window.ResizeObserver = ResizeObserverStub;
global.ResizeObserver = ResizeObserverStub;

window.HTMLElement.prototype.scrollIntoView = () => undefined;
const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);

// Filling Mantine forms in jsdom is slow on a busy 2-core machine (the whole suite runs beside the API tests):
// give tests and findBy* queries room, so a loaded machine does not read as a failure.
jest.setTimeout(20_000);
configure({ asyncUtilTimeout: 4000 });
