import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RevisionDiff } from './RevisionDiff';

const current = { title: 'Chunking strategies', summary: 'How to cut long texts.', body: '# Intro\nKeep it.\nNew paragraph.\nEnd.' };

describe('RevisionDiff', () => {
  it('marks what restoring would bring back (ins) and remove (del): words in title and summary, lines in the body', () => {
    const revision = { title: 'Chunking strategies', summary: 'How to split long texts.', body: '# Intro\nKeep it.\nOld paragraph.\nEnd.' };
    render(<RevisionDiff revision={revision} current={current} revisionLabel="version 2" />);
    const region = screen.getByRole('region', { name: 'Differences between version 2 and the current text' });
    const field = (name: string) => within(region).getByRole('heading', { name }).parentElement!;

    expect(field('Title').textContent).toContain('Same as now.');
    expect([...field('Summary').querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['split']);
    expect([...field('Summary').querySelectorAll('del')].map((e) => e.textContent)).toEqual(['cut']);
    expect([...field('Body').querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['Old paragraph.\n']);
    expect([...field('Body').querySelectorAll('del')].map((e) => e.textContent)).toEqual(['New paragraph.\n']);
    // Unchanged text is shown around the changes, in order.
    expect(field('Body').querySelector('pre')!.textContent).toBe('# Intro\nKeep it.\nNew paragraph.\nOld paragraph.\nEnd.');
  });
});
