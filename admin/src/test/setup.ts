// Component tests (vitest project "admin", jsdom): unmount between tests, fresh localStorage.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
