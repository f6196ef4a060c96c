import { configure } from '@testing-library/react';

// @grafana/ui renders slowly in jsdom; parallel suites need more than the default 1 s for findBy* queries.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30000);

/**
 * jsdom gaps that @grafana/ui's Combobox needs: text measuring (canvas) for its width, and element sizes
 * for its virtualised option list (@tanstack/virtual reads clientHeight; with zero it renders no options).
 */
const canvasContext = { measureText: (text: string) => ({ width: text.length * 8 }), font: '' };
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => canvasContext, writable: true });

for (const property of ['clientWidth', 'clientHeight', 'offsetWidth', 'offsetHeight']) {
  Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => 400 });
}
Object.defineProperty(Element.prototype, 'getBoundingClientRect', {
  value: () => ({ width: 400, height: 400, top: 0, left: 0, bottom: 400, right: 400, x: 0, y: 0, toJSON: () => ({}) }),
  writable: true,
});

/** Combobox watches its options with an IntersectionObserver (for infinite scrolling). */
class IntersectionObserverStub {
  readonly root = null;
  readonly rootMargin = '';
  readonly thresholds = [];
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
Object.defineProperty(window, 'IntersectionObserver', { value: IntersectionObserverStub, writable: true });
export {};
