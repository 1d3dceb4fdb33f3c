import '@testing-library/jest-dom/vitest';

// jsdom has no layout, so no ResizeObserver; size bindings simply never report a size here.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
