/**
 * jsdom gaps that @grafana/ui's Combobox needs: text measuring (canvas) for its width, and element sizes
 * for its virtualised option list (with zero height it renders no options).
 */
const canvasContext = { measureText: (text: string) => ({ width: text.length * 8 }), font: '' };
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => canvasContext, writable: true });

Object.defineProperty(Element.prototype, 'getBoundingClientRect', {
  value: () => ({ width: 400, height: 400, top: 0, left: 0, bottom: 400, right: 400, x: 0, y: 0, toJSON: () => ({}) }),
  writable: true,
});

export {};
