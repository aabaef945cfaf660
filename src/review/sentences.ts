/**
 * Cutting a passage of a review into sentences, leaving code spans, dotted
 * names (`time.sleep`, test_ports.py) and abbreviations (e.g., i.e.) whole.
 */

/** Abbreviations after which a full stop ends no sentence. */
const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|etc|vs|cf|approx|incl|resp|viz|no)\.$/i;

/**
 * The sentences of one line of words (as a passage holds them): a sentence
 * ends at `.`, `!` or `?` followed by a space and a capital, a digit, a quote
 * or a code span, outside code spans.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '`') inCode = !inCode;
    if (inCode || !'.!?'.includes(char)) continue;
    const rest = text.slice(i + 1);
    const next = /^[.!?)"'’”]*\s+(?=[A-Z0-9`'"“‘(*])/.exec(rest);
    if (next === null || (char === '.' && ABBREVIATION.test(text.slice(start, i + 1)))) continue;
    sentences.push(text.slice(start, i + 1 + next[0].length).trim());
    start = i + 1 + next[0].length;
    i = start - 1;
  }
  const last = text.slice(start).trim();
  if (last !== '') sentences.push(last);
  return sentences;
}
