// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { speakers } from './read-speakers';

// The form a speaker's name takes when the story writes it more than one way. Invented for each case.

describe('a name written in another form later', () => {
  it('finds "Jr." and "Sr." names by their surname and keeps the full stop', () => {
    const text = [
      'Roberto Salcedo Jr. did not say what the city would do next.',
      '“We will not back down,” Salcedo wrote on Facebook.',
      'Former senator Alan Pike Sr said the vote was close. “It was a coin toss,” Pike said.',
    ];
    expect(speakers(text)).toEqual(['Roberto Salcedo Jr.', 'Alan Pike Sr']);
  });
});
