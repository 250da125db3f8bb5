// Function words that carry no fact on their own. Negations are NOT here: "no deal" ≠ "deal".
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just let me more most my myself of off on once only or other ought our
  ours ourselves out over own same shall she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up upon very was we were what when where which while who whom why
  will with would you your yours yourself yourselves going go goes gone get gets got may might must us one ones
  whether whose within without via per amid among across along around because since though although yet even ever
  already still much many several another every s t d ll re ve m o y er um said says say according least`
    .split(/\s+/)
    .filter(Boolean),
);

export const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'never', "n't", 'nor', 'none', 'neither', 'nothing', 'cannot', 'without']);

/** Subject pronouns that need an antecedent. */
export const PRONOUN_OPENERS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its']);
