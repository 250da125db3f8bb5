// Ingredient lines: part of a recipe's text, never its headline.
import { describe, expect, it } from 'vitest';
import { ingestSeed } from '../../../src/lib/ingest/index.ts';
import { isQuantityLine } from '../../../src/lib/ingest/quantity.ts';

describe('ingredient lines', () => {
  it('knows a quantity with its unit, in several languages, from a headline or a sentence', () => {
    for (const line of ['200 g Mehl', '1 Pck. Vanillezucker', '2 tbsp vegetable oil', '4½ cups or 1125 ml of water', '1 large onion, chopped', '3 cuillères à soupe de sucre'])
      expect(isQuantityLine(line), line).toBe(true);
    for (const line of ['5 things to know about the new ferry timetable', '2 tbsp of oil is all it takes.', 'Zutaten', '2025 was a good year for apricots'])
      expect(isQuantityLine(line), line).toBe(false);
  });

  it('keeps a scraped recipe’s ingredient list with its method, and takes the recipe’s name for the title', () => {
    const lines = [
      'Rezepte', 'Backen', 'Kochen', 'Newsletter',
      'Schnelle Apfel-Zimt-Schnecken vom Blech',
      'Zutaten',
      '500 g Mehl', '1 Würfel Hefe', '250 ml Milch', '80 g Zucker', '2 Äpfel', '1 TL Zimt', '100 g Butter',
      'Zubereitung',
      'Die Milch lauwarm erwärmen, die Hefe hineinbröseln und mit einem Teelöffel Zucker zehn Minuten gehen lassen.',
      'Mehl, restlichen Zucker, Butter und die Hefemilch zu einem glatten Teig kneten und eine Stunde abgedeckt gehen lassen.',
      'Den Teig ausrollen, mit den Apfelwürfeln und dem Zimt bestreuen, aufrollen, in Scheiben schneiden und 25 Minuten backen.',
    ];
    const article = ingestSeed('schnecken.txt', new TextEncoder().encode(lines.join('\n\n')));
    expect(article.title).toBe('Schnelle Apfel-Zimt-Schnecken vom Blech');
    for (const ingredient of ['500 g Mehl', '250 ml Milch', '1 TL Zimt']) expect(article.body).toContain(ingredient);
    expect(article.body).toContain('Die Milch lauwarm erwärmen');
  });
});
