// A language code from the script the body is written in, for seeds that do not state one.
// Only scripts that (nearly) identify one language; Latin and Cyrillic text stays the default.

const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0370-\u03ff]/g, 'el'],
];

/** The language its script names when it makes up most of the letters, else `fallback`. */
export function languageFromScript(text: string, fallback: string): string {
  const sample = text.slice(0, 5000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return fallback;
  // Kana marks Japanese even when most characters are kanji.
  const kana = (sample.match(SCRIPTS[0]![0]) ?? []).length;
  if (kana >= letters * 0.1) return 'ja';
  for (const [re, code] of SCRIPTS.slice(1)) if ((sample.match(re) ?? []).length >= letters * 0.5) return code;
  return fallback;
}
