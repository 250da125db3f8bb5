// An ingredient or parts-list line: a quantity, a unit, a thing ("200 g Mehl", "1 tablespoon ground
// cinnamon", "4½ cups or 1125 ml of water"). Short and unpunctuated, yet the article's own text.
import { endsSentence, words } from './lines.ts';

const AMOUNT = String.raw`(?:\d+(?:[.,/]\d+)?\s*[½¼¾⅓⅔]?|[½¼¾⅓⅔])(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?`;
const UNIT = String.raw`(?:g|kg|mg|ml|cl|dl|l|oz|lb|lbs|el|tl|msp|pck|pkt|pk|prise[n]?|stk|stück|bund|dose[n]?|zehe[n]?|scheibe[n]?|becher|tasse[n]?|glas|tbsp|tsp|tablespoons?|teaspoons?|cups?|pinch(?:es)?|cloves?|slices?|cans?|cubes?|sticks?|bunch(?:es)?|large|small|medium|whole|c\.\s*à\s*(?:s|c)|cuillères?|cucharadas?|cucharaditas?|łyżk[ia]|łyżeczk[ia]|szklank[ia])\.?`;
const QUANTITY_LINE = new RegExp(String.raw`^${AMOUNT}\s*${UNIT}(?=\s|$)`, 'iu');

/** "1 Pck. Vanillezucker", "2 tbsp oil": a quantity with its unit, then what it measures. */
export function isQuantityLine(text: string): boolean {
  const n = words(text).length;
  return n >= 2 && n <= 16 && !endsSentence(text) && QUANTITY_LINE.test(text.trim());
}
