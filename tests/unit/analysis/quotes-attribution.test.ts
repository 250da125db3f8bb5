// Who said it: each attribution pattern (and each failure seen on real news) as a short
// hand-written article, with the speaker and its kind checked by hand.
import { describe, expect, it } from 'vitest';
import { extractQuotes, quoteSpans } from '../../../src/lib/analysis/quotes.ts';
import { resolveCandidate } from '../../../src/lib/analysis/quotes/speakers.ts';
import { makeDoc } from './helpers.ts';

interface Case {
  name: string;
  paragraphs: string[];
  /** Words from the quote whose speaker is checked. */
  quote: string;
  speaker: string | null;
  kind: 'person' | 'organisation' | null;
  outlet?: string;
}

const CASES: Case[] = [
  {
    name: 'a weekday after the speaker is not the speaker',
    paragraphs: ['President Barack Obama on Tuesday called on men to “look inside themselves” and stand up against harassment at work.'],
    quote: 'look inside themselves',
    speaker: 'Barack Obama',
    kind: 'person',
  },
  {
    name: 'a sentence-initial conjunction is not the speaker',
    paragraphs: ['Senator Amy Klobuchar spoke at the state fair in Falcon Heights.', 'When told the stage would be moved indoors, she asked, “Who decided that without asking the farmers?”'],
    quote: 'Who decided that',
    speaker: 'Amy Klobuchar',
    kind: 'person',
  },
  {
    name: 'an organisation speaks after the quote',
    paragraphs: ['Lawmakers in Richmond argued over the budget for a third week.', '“The delay will cost the state millions in interest,” wrote The Richmond Post in an editorial on Sunday.'],
    quote: 'The delay will cost',
    speaker: 'Richmond Post',
    kind: 'organisation',
  },
  {
    name: 'a ministry speaks, not the person named before',
    paragraphs: ['Donald Trump said on Friday that talks would resume soon.', 'The South Korean Defense Ministry said it “will not accept any reduction of the joint exercises” planned for the spring.'],
    quote: 'will not accept any reduction',
    speaker: 'South Korean Defense Ministry',
    kind: 'organisation',
  },
  {
    name: 'the object of "called" is not the speaker',
    paragraphs: ['Donald Trump spoke to supporters in Green Bay on Friday night.', 'He called Ryan a “very weak and ineffective leader” who had failed his party.'],
    quote: 'very weak and ineffective leader',
    speaker: 'Donald Trump',
    kind: 'person',
  },
  {
    name: 'an honorific name after the quote',
    paragraphs: ['House Democrats met behind closed doors on Wednesday.', '“She will have the votes to pass it and enact her legislative agenda,” Mr. Clyburn said.'],
    quote: 'She will have the votes',
    speaker: 'Clyburn',
    kind: 'person',
  },
  {
    name: 'a title and role before the name: the named person speaks, not the one in the role',
    paragraphs: ['Hillary Clinton held a rally in Des Moines on Monday.', 'Clinton campaign chairman John Podesta told reporters, “We expect a long night and a good result.”'],
    quote: 'We expect a long night',
    speaker: 'John Podesta',
    kind: 'person',
  },
  {
    name: 'an apposition between the name and the verb',
    paragraphs: ['Hillary Clinton held a rally in Des Moines on Monday.', '“We expect a long night and a good result,” John Podesta, Clinton’s campaign chairman, said after the rally.'],
    quote: 'We expect a long night',
    speaker: 'John Podesta',
    kind: 'person',
  },
  {
    name: 'a pronoun resolves to the subject of the attribution chain, not the last person named',
    paragraphs: [
      'Paul Manafort, the campaign chairman, met Donald Trump in the Oval Office on Monday.',
      'Manafort said the meeting had gone well. “We are on the same page on taxes and on trade,” he told reporters.',
    ],
    quote: 'We are on the same page',
    speaker: 'Paul Manafort',
    kind: 'person',
  },
  {
    name: 'a pronoun agrees in gender',
    paragraphs: ['Governor Maria Alvarez met Mayor Tom Becker in Santa Fe on Thursday to discuss the water plan.', '“The state will pay its share and not a cent more,” she said.'],
    quote: 'The state will pay',
    speaker: 'Maria Alvarez',
    kind: 'person',
  },
  {
    name: 'an inverted attribution with a title',
    paragraphs: ['“The way he has been acting is a demonstration of why he has no support,” said former congressman Barney Frank.'],
    quote: 'The way he has been acting',
    speaker: 'Barney Frank',
    kind: 'person',
  },
  {
    name: 'according to an organisation',
    paragraphs: ['“Shipments will resume on Monday once the inspections are done,” according to the Port Authority of Valdora.'],
    quote: 'Shipments will resume',
    speaker: 'Port Authority of Valdora',
    kind: 'organisation',
  },
  {
    name: 'a paragraph-level carry-over after "X said:"',
    paragraphs: ['Mexican President Claudia Sheinbaum said:', '“There will be no intervention of any foreign government in our territory, and we have made that very clear.”'],
    quote: 'There will be no intervention',
    speaker: 'Claudia Sheinbaum',
    kind: 'person',
  },
  {
    name: 'a quote closed with an opening mark (wire copy)',
    paragraphs: ['“Armenia is ready to sign the agreement this year,“ Prime Minister Nikol Pashinyan said in Yerevan.'],
    quote: 'Armenia is ready to sign',
    speaker: 'Nikol Pashinyan',
    kind: 'person',
  },
  {
    name: 'a titled name with a nationality is a person',
    paragraphs: ['“We will not wait another thirty years,” Azerbaijani President Ilham Aliyev said in Baku.'],
    quote: 'We will not wait',
    speaker: 'Ilham Aliyev',
    kind: 'person',
  },
  {
    name: 'a short quote with a speech verb is kept',
    paragraphs: ['Asked about the merger, Senator Elena Ruiz said it was “simply unacceptable.”'],
    quote: 'simply unacceptable',
    speaker: 'Elena Ruiz',
    kind: 'person',
  },
  {
    name: 'a surname takes the full name the article gives',
    paragraphs: ['Barack Obama arrived in Chicago on Sunday.', '“This city made me who I am,” Obama said at the dinner.'],
    quote: 'This city made me',
    speaker: 'Barack Obama',
    kind: 'person',
  },
  {
    name: 'a place in a dateline is not the speaker',
    paragraphs: ['CHARLOTTE — City officials met on Friday. “We have the money for two more years of the program,” Mayor Vi Lyles said.'],
    quote: 'We have the money',
    speaker: 'Vi Lyles',
    kind: 'person',
  },
  {
    name: 'a speech verb between two names: the first is the subject, not a modifier of the second',
    paragraphs: ['Former prosecutor Ken Starr spoke in Little Rock on Monday.', 'Starr said Clinton’s situation reminded him of the novel “The Last Days of the Old Senator,” explaining, “because there are certain tragic dimensions to all of it.”'],
    quote: 'because there are certain tragic',
    speaker: 'Ken Starr',
    kind: 'person',
  },
  {
    name: 'a surname ending in -ing opens the clause as its subject, not as a participle',
    paragraphs: ['Rachel Boreing, the club’s director, spoke on Tuesday.', 'Boreing said members will still meet for dinners, but said, “It is time we change how we do all of it,” promising a return to its roots.'],
    quote: 'It is time we change',
    speaker: 'Rachel Boreing',
    kind: 'person',
  },
  {
    name: 'a capitalised "According to" at the start of the sentence',
    paragraphs: ['According to Paul Sperry of the Harbor Institute, “the port has been quietly releasing containers without any inspection.”'],
    quote: 'quietly releasing containers',
    speaker: 'Paul Sperry',
    kind: 'person',
  },
  {
    name: 'a closed quote followed by a sentence that is only its attribution',
    paragraphs: ['Donald Trump spoke in Ohio on Wednesday.', '“Russia, if you are listening, I hope you find the missing files.” Trump said.'],
    quote: 'if you are listening',
    speaker: 'Donald Trump',
    kind: 'person',
  },
  {
    name: 'a partial quote with ", said X" closing its sentence',
    paragraphs: ['Polls show the governor ahead by ten points in the state.', '“Many would consider that a disappointment for the governor” if she won by less, said David Warren, an elections analyst at the Harbor Policy Institute.'],
    quote: 'Many would consider that',
    speaker: 'David Warren',
    kind: 'person',
  },
  {
    name: 'a partial quote with ", title X said" closing its sentence',
    paragraphs: ['Ben Carson spoke in Des Moines on Sunday.', '“Sending troops would be appropriate” in this case, Republican candidate Ben Carson said after the attacks.'],
    quote: 'Sending troops would be',
    speaker: 'Ben Carson',
    kind: 'person',
  },
  {
    name: 'a quote that opens its sentence after "X said in a statement."',
    paragraphs: ['The state party did not order a recount.', 'Sam Lau, the party’s communications director, said in a statement. “There are no paper ballots to recount, and the results will stand as certified.”'],
    quote: 'There are no paper ballots',
    speaker: 'Sam Lau',
    kind: 'person',
  },
  {
    name: 'a quote paragraph after a paragraph whose last sentence has a speech verb',
    paragraphs: ['Buddy Valastro, the star of a baking show, praised the governor’s record after the storm.', '“We need someone who is going to cut through the noise and bring people together.”'],
    quote: 'We need someone',
    speaker: 'Buddy Valastro',
    kind: 'person',
  },
  {
    name: 'a common word opening the sentence is not a speaker',
    paragraphs: ['Donald Trump spoke in Ohio on Monday.', 'Hastily blaming his rivals, Trump cast the attack as “a failure of leadership by the people in charge.”'],
    quote: 'a failure of leadership',
    speaker: 'Donald Trump',
    kind: 'person',
  },
  {
    name: 'a connective opening the sentence does not push the subject past the first comma',
    paragraphs: ['Senate Democrats met on Tuesday.', 'But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders’s following, said, “Let me tell you, he has a heck of an email list and he will use it.”'],
    quote: 'heck of an email list',
    speaker: 'Richard J. Durbin',
    kind: 'person',
  },
  {
    name: 'a name with an apposition before the verb, in the second clause of a sentence',
    paragraphs: ['Louisiana Gov. Bobby Jindal on Monday signed an order to block the refugees, while Mike Huckabee, the former Arkansas governor, proposed that the country “wake up and smell the coffee right now.”'],
    quote: 'wake up and smell',
    speaker: 'Mike Huckabee',
    kind: 'person',
  },
  {
    name: 'a sentence opener glued to a surname is not a first name',
    paragraphs: ['Maybe Trump will change his mind on trade.', 'Trump told reporters that the old plan “had a crazy policy of tariffs which was maniacal.”'],
    quote: 'crazy policy of tariffs',
    speaker: 'Trump',
    kind: 'person',
  },
  {
    name: 'a name after "said that" is the subject of the reported clause, not an inverted speaker',
    paragraphs: ['Donald Trump and Ben Carson clashed at the debate.', 'Senator Lindsey Graham said that Carson is “a good, decent man who deserves better,” and said that Trump “melted down on the stage last night.”'],
    quote: 'melted down on the stage',
    speaker: 'Lindsey Graham',
    kind: 'person',
  },
  {
    name: 'the reporter of the outer clause speaks for a speech verb embedded in what they said',
    paragraphs: ['Hillary Clinton met House Democrats on Wednesday.', 'Rep. Gregory Meeks said Clinton reassured them that the party “was not going to be like the other side this year.”'],
    quote: 'was not going to be like',
    speaker: 'Gregory Meeks',
    kind: 'person',
  },
  {
    name: 'a verb inside an opening subordinate clause is not the outer reporter',
    paragraphs: ['Kathleen Hall Jamieson directs a policy center in Philadelphia.', 'While not everything Trump says is true, Jamieson said Trump is “telling his supporters what they want to believe is true.”'],
    quote: 'telling his supporters',
    speaker: 'Kathleen Hall Jamieson',
    kind: 'person',
  },
  {
    name: 'a party tag between the name and the verb',
    paragraphs: ['Hillary Clinton met House Democrats on Wednesday.', 'Rep. Gregory Meeks (D-N.Y.) said Clinton reassured them that the party “was not going to be like the other side this year.”'],
    quote: 'was not going to be like',
    speaker: 'Gregory Meeks',
    kind: 'person',
  },
  {
    name: 'a surname ending in -ly is not an adverb',
    paragraphs: ['Ganguly said the count was slow in the north. “People stood in line for hours, and their vote did not count.”'],
    quote: 'People stood in line',
    speaker: 'Ganguly',
    kind: 'person',
  },
  {
    name: 'a surname that is also a common word, after a sentence opener',
    paragraphs: ['Columnist George Will praised the governor on Sunday.', 'While Will acknowledges the mogul’s appeal as “a forceful persona,” he sees the governor as sharing it.'],
    quote: 'a forceful persona',
    speaker: 'George Will',
    kind: 'person',
  },
  {
    name: '"issued a statement" attributes like a speech verb',
    paragraphs: ['Donald Trump spoke in Florida on Sunday.', 'After the attacks, Trump issued a statement, “Our nation was attacked by a radical terrorist and we must act.”'],
    quote: 'Our nation was attacked',
    speaker: 'Donald Trump',
    kind: 'person',
  },
  {
    name: '"As X puts it," attributes the quote after it',
    paragraphs: ['Senate Republicans will not hold hearings on the nominee.', 'As The Post’s Dana Milbank puts it, “Senate Republicans are unmoved, and liberal activists are uninspired.”'],
    quote: 'Senate Republicans are unmoved',
    speaker: 'Dana Milbank',
    kind: 'person',
  },
  {
    name: 'an inverted verb with a title before the name',
    paragraphs: ['The candidates debated in Des Moines on Saturday.', 'In other words, explained CBS moderator Nancy Cordes: “What does that have to do with taking big donations?”'],
    quote: 'What does that have to do',
    speaker: 'Nancy Cordes',
    kind: 'person',
  },
  {
    name: 'an inverted "Said X, who …," before the quote',
    paragraphs: ['A museum opened on Grand Avenue on Friday.', 'Said Dorothy Poynter, who grew up in the neighborhood, “We were all so proud of him and his family.”'],
    quote: 'We were all so proud',
    speaker: 'Dorothy Poynter',
    kind: 'person',
  },
  {
    name: 'the addressee after "telling" is not an inverted speaker, and "Hours later" is no name',
    paragraphs: ['Hours later, Donald Trump returned the compliment, telling Reuters, “Sheldon and I have been friends for a long time.”'],
    quote: 'Sheldon and I have been friends',
    speaker: 'Donald Trump',
    kind: 'person',
  },
  {
    name: 'a name and a colon before the quote label its speaker',
    paragraphs: ['Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep on contacting voters as late as possible.”'],
    quote: 'One of the biggest lessons',
    speaker: 'Carl Bialik',
    kind: 'person',
  },
  {
    name: 'an object before a colon is not a label',
    paragraphs: ['Mitch McConnell delivered a blunt message to Trump: “It is time to quit attacking the people you competed with and get on message.”'],
    quote: 'It is time to quit',
    speaker: 'Mitch McConnell',
    kind: 'person',
  },
  {
    name: 'a demonym used as a name speaks; as an adjective before a noun it does not',
    paragraphs: ['Mark Cuban spoke on Sunday.', 'Cuban also complained that Cruz is too principled, suggesting the first-term senator sees issues as “absolutely black and white.”'],
    quote: 'absolutely black and white',
    speaker: 'Mark Cuban',
    kind: 'person',
  },
  {
    name: 'a name the entity pass read out of a title-case headline speaks under the words the sentence gives',
    paragraphs: ['Pence Endorses Paul Ryan With Trump’s Blessing.', 'Trump has yet to endorse the speaker.', 'Trump told the Washington Post, “I like Paul, but these are horrible times for our country and I am not there yet.”'],
    quote: 'I like Paul',
    speaker: 'Trump',
    kind: 'person',
  },
  {
    name: '"reacted X" after the quote',
    paragraphs: ['Donald Trump spoke in Iowa on Sunday.', '“Obama said in his speech that we need to be careful. What is he talking about, and who is he profiling?” reacted Trump.'],
    quote: 'What is he talking about',
    speaker: 'Donald Trump',
    kind: 'person',
  },
  {
    name: 'a second quote in the same sentence is the same speaker’s, not the name between the two',
    paragraphs: ['The race for governor turned sharper this week.', 'Senator Maria Lopez said on Tuesday that Governor Tom Reed was “a total failure on schools” while his deputy, Carl Hines, is “a man nobody in this state trusts anymore.”'],
    quote: 'a man nobody in this state',
    speaker: 'Maria Lopez',
    kind: 'person',
  },
  {
    name: '"shot back" after the quote',
    paragraphs: ['Governor Tom Reed said on Monday that the plant would close by summer.', '“We are not going anywhere, and neither is this plant,” Mayor Ann Cole shot back.'],
    quote: 'We are not going anywhere',
    speaker: 'Ann Cole',
    kind: 'person',
  },
  {
    name: '"went on" after the quote',
    paragraphs: ['“We need more time to study the plan,” said Senator Maria Lopez.', 'Governor Tom Reed took the microphone next. “People are tired of being told to wait for another study,” Reed went on.'],
    quote: 'People are tired',
    speaker: 'Tom Reed',
    kind: 'person',
  },
  {
    name: 'a quote trailing off ("…") hands off to the attribution after it',
    paragraphs: ['Senator Maria Lopez asked about a running mate.', '“Well, I am going to look at a lot of different people for that job…” Governor Ann Cole said.'],
    quote: 'a lot of different people',
    speaker: 'Ann Cole',
    kind: 'person',
  },
  {
    name: 'a name after "went after" is the object of a clause, not a title before the speaker',
    paragraphs: ['Governor Tom Reed toured the flooded towns of the valley on Monday.', 'Speaking at a rally in Dover, Senator Maria Lopez went after Reed, calling him “a man who has never balanced a budget in his life.”'],
    quote: 'never balanced a budget',
    speaker: 'Maria Lopez',
    kind: 'person',
  },
  {
    name: 'a past tense that doubles its consonant ("admitted", "slammed") is a speech verb',
    paragraphs: ['The House passed the bill late on Monday.', '“We did not read the whole bill before the vote, and that was a mistake,” Rep. Dan Kim admitted on Tuesday.'],
    quote: 'We did not read',
    speaker: 'Dan Kim',
    kind: 'person',
  },
  {
    name: 'a participle hanging off the sentence ("…, pointing to X and telling viewers that") takes the sentence’s subject',
    paragraphs: ['The county health board met on Thursday.', 'In her first videos, Ann Cole stands in a kitchen she calls “The Test Lab,” pointing to bottles of Pepsi and telling viewers that sugar is “destroying the health of a whole generation of children.”'],
    quote: 'destroying the health',
    speaker: 'Ann Cole',
    kind: 'person',
  },
  {
    name: 'a role set off before the name ("X’s campaign manager, Name, told") credits the name, not X',
    paragraphs: ['Donald Trump held a rally in Tampa on Monday night.', 'Trump’s campaign manager, Corey Lewandowski, told reporters that the campaign “will not be apologizing for anything that was said tonight.”'],
    quote: 'will not be apologizing',
    speaker: 'Corey Lewandowski',
    kind: 'person',
  },
  {
    name: 'a role with an organisation in it, then the name in commas ("The leader of the union, Name, warned")',
    paragraphs: ['Senate leader Tom Reed said the state budget cuts school funding by 4 percent.', 'The leader of the Ohio Teachers Union, Maria Gomez, warned that the cuts would be “a disaster for every classroom in the state.”'],
    quote: 'a disaster for every classroom',
    speaker: 'Maria Gomez',
    kind: 'person',
  },
  {
    name: 'a pronoun after the quote takes the titled name, not the name in its title ("Cruz spokesman Rick Tyler said … he said")',
    paragraphs: ['Ted Cruz finished third in the debate poll.', 'Cruz spokesman Rick Tyler said the campaign would keep its focus on “the voters who decide this race in February and March,” he said.'],
    quote: 'the voters who decide',
    speaker: 'Rick Tyler',
    kind: 'person',
  },
  {
    name: 'a military rank with an ordinal ("Army 1st Lt.") is a title before the speaker',
    paragraphs: ['Soldiers at the base were asked about the race.', '“I really do not understand how a better candidate did not run this year,” said Army 1st Lt. Sam Porter.'],
    quote: 'I really do not understand',
    speaker: 'Sam Porter',
    kind: 'person',
  },
  {
    name: 'a pronoun never stands for a word inside the quote ("“We’re going to …,” he said")',
    paragraphs: ['Governor Tim Walz spoke in Duluth on Monday.', '“We’re going to fix every road in this county,” he said.'],
    quote: 'fix every road',
    speaker: 'Tim Walz',
    kind: 'person',
  },
  {
    name: 'a pronoun skips a lone capitalised word that is no known person ("a devout Catholic")',
    paragraphs: ['Mark Dunn practises law in Ripley, a town of 5,000.', 'He is a devout Catholic.', '“The politics of this bill are just so blatant,” he said.'],
    quote: 'so blatant',
    speaker: 'Mark Dunn',
    kind: 'person',
  },
  {
    name: 'an adverb glued to a name at a sentence start ("Now Kessler says") is not part of the name',
    paragraphs: ['Ann Kessler, the former mayor, has stayed out of the race.', 'Now Kessler says she is “so distressed by the tone of the campaign” that she may run herself.'],
    quote: 'so distressed by the tone',
    speaker: 'Ann Kessler',
    kind: 'person',
  },
  {
    name: 'a count opening a sentence ("Two-thirds of Democratic insiders") is no speaker; an unnamed one stays unknown',
    paragraphs: ['Two-thirds of Democratic insiders said the senator would win the state.', '“She is too far behind to close the gap now,” said an Iowa Democrat.'],
    quote: 'too far behind',
    speaker: null,
    kind: null,
  },
  {
    name: 'a participle and a weekday opening a sentence ("Asked Tuesday about …, Feinstein said") are no name',
    paragraphs: ['Senator Dianne Feinstein returned to Washington on Monday.', 'Asked Tuesday about Sullivan, Feinstein said “I don’t know anything about Jake Sullivan and the emails,” she said.'],
    quote: 'know anything about Jake Sullivan',
    speaker: 'Dianne Feinstein',
    kind: 'person',
  },
  {
    name: 'a less frequent speech verb, inverted ("…,” remembered Roy Verley, …)',
    paragraphs: ['The merger was announced in September.', '“An awful lot of analysts said no, and she took it upon herself to prove them wrong,” remembered Roy Verley, the company’s former spokesman.'],
    quote: 'prove them wrong',
    speaker: 'Roy Verley',
    kind: 'person',
  },
  {
    name: 'a less frequent speech verb after the quote ("…,” Park bragged)',
    paragraphs: ['Governor Tom Reed opened the budget talks on Monday.', '“We will cut the deficit in half within ten years,” Senator Kim Park bragged on Tuesday.'],
    quote: 'cut the deficit in half',
    speaker: 'Kim Park',
    kind: 'person',
  },
  {
    name: 'a verb after a quote that opens a new clause ("…,” for instance, and Trump vowed …) is not its attribution',
    paragraphs: ['Ted Cruz and Donald Trump have offered colorful language about the war.', 'Cruz said he would make the desert “glow in the dark at night,” for instance, and Trump vowed to “bomb the hell out of them.”'],
    quote: 'glow in the dark',
    speaker: 'Ted Cruz',
    kind: 'person',
  },
  {
    name: 'a verb after a quote that ends in a colon before the next quote introduces that one ("After X said …, Trump said: “…”")',
    paragraphs: ['Donald Trump criticized Justice Antonin Scalia in December.', 'After Scalia said that some students might do better at “less advanced and slower track schools,” Trump said: “I don’t like what he said, no.”'],
    quote: 'less advanced and slower',
    speaker: 'Antonin Scalia',
    kind: 'person',
  },
  {
    name: 'a pronoun skips a name a preposition governs ("With a vote for Trump ruled out, Cross said … whom he called")',
    paragraphs: ['Richard Cross, a former speechwriter, will not vote for Donald Trump.', 'With a vote for Trump ruled out, Cross said he is left with two options: vote for Clinton, whom he called “the most divisive political figure in the past 25 years,” or stay home.'],
    quote: 'the most divisive political figure',
    speaker: 'Richard Cross',
    kind: 'person',
  },
  {
    name: 'a participle after "said" and a short time and place ("Hollande said Tuesday in Paris, noting …") is the sayer’s',
    paragraphs: ['French President François Hollande has joined the leaders who criticised Donald Trump.', 'Trump’s remarks are sickening, Hollande said Tuesday in Paris, noting the Republican nominee “makes you want to retch every single time.”'],
    quote: 'makes you want to retch',
    speaker: 'François Hollande',
    kind: 'person',
  },
  {
    name: 'an attribution inside parentheses takes its subject inside them ("(Raphael Lemkin, who coined the word, once said, “…”)")',
    paragraphs: ['Most historians recognize the massacres for what they were (Raphael Lemkin, who coined the word genocide, once said, “It happened so many times, first to the Armenians and then to others”).'],
    quote: 'It happened so many times',
    speaker: 'Raphael Lemkin',
    kind: 'person',
  },
  {
    name: 'an attribution closing the sentence speaks for its earlier quotes too ("… “a” and … “b” …, Dan Ruiz said.")',
    paragraphs: ['Senator Ann Warren endorsed six candidates on Monday.', 'Given Warren’s lead, her endorsement will carry “a great deal of weight with voters” and bring candidates the “grass-roots firepower” they need, party spokesman Dan Ruiz said.'],
    quote: 'a great deal of weight',
    speaker: 'Dan Ruiz',
    kind: 'person',
  },
  {
    name: 'a lowercase role before the name closing the sentence (“…” in the fall, party spokesman Dan Ruiz said.)',
    paragraphs: ['Senator Ann Warren endorsed six candidates on Monday.', 'Her endorsement will carry “a great deal of weight with voters” in the fall, party spokesman Dan Ruiz said.'],
    quote: 'a great deal of weight',
    speaker: 'Dan Ruiz',
    kind: 'person',
  },
  {
    name: 'a quote credited to someone unnamed ("…,” one user wrote) is not handed to the speaker before',
    paragraphs: ['“We are watching the race very closely,” said Hua Chunying, a ministry spokeswoman.', '“It is great fun watching the dogfight in that country,” one user wrote.'],
    quote: 'great fun watching the dogfight',
    speaker: null,
    kind: null,
  },
  {
    name: 'a capitalised party member heads a description ("the Wisconsin Republican said"), not "the president" after it',
    paragraphs: ['House Speaker Paul Ryan met President Barack Obama on Thursday.', 'In an interview with reporters, the Wisconsin Republican criticized the president’s foreign policy and said allies wanted to know if the country is “still in the game at all.”'],
    quote: 'still in the game',
    speaker: 'Paul Ryan',
    kind: 'person',
  },
  {
    name: 'someone unnamed speaks ("said a longtime adviser to Trump"), not the name that describes them',
    paragraphs: ['Donald Trump hired Paul Manafort in March.', '“Paul’s knowledge of campaigns is about twenty years old,” said a longtime adviser to Trump, who declined to be identified.'],
    quote: 'about twenty years old',
    speaker: null,
    kind: null,
  },
  {
    name: 'an unnamed spokesman "for X" speaks for X',
    paragraphs: ['Bernie Sanders skipped the debate.', '“I guess Christmas Eve was already booked for everyone,” said a spokesman for Bernie Sanders.'],
    quote: 'Christmas Eve was already booked',
    speaker: 'Bernie Sanders',
    kind: 'person',
  },
  {
    name: 'an inverted verb right after the marks attributes even when the comma is missing (“… anonymity" said Nick Merrill)',
    paragraphs: ['Hillary Clinton spoke in Iowa.', '"Leaks have tried to create a false story from sources hiding behind anonymity" said Nick Merrill, a Clinton campaign spokesman.'],
    quote: 'Leaks have tried',
    speaker: 'Nick Merrill',
    kind: 'person',
  },
  {
    name: 'a quoted name inside the attribution does not end it (“…,” Bill Eastland, wearing “Ted Cruz” pins, said)',
    paragraphs: ['Not everyone was claiming success.', '“We have had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said as confetti fell.'],
    quote: 'more successful conventions',
    speaker: 'Bill Eastland',
    kind: 'person',
  },
  {
    name: 'an inverted verb glued to the name at a sentence start ("Continued Stone: “…”") is not part of the name',
    paragraphs: ['Roger Stone spoke to the radio host on Monday.', 'Continued Stone: “So I think it is a very real problem for the campaign.”'],
    quote: 'a very real problem',
    speaker: 'Roger Stone',
    kind: 'person',
  },
];

describe('quote attribution patterns', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const doc = makeDoc('a', c.paragraphs, { outlet: c.outlet ?? 'The Example Times' });
      const quote = extractQuotes([doc]).find((q) => q.text.includes(c.quote));
      expect(quote, `no quote containing "${c.quote}"`).toBeDefined();
      expect(quote?.speaker).toBe(c.speaker);
      expect(quote?.speakerKind ?? null).toBe(c.kind);
    });
  }

  it('the outlet reporting is a report, not a quote by the outlet', () => {
    const doc = makeDoc('a', ['The city council voted on Tuesday.', 'The Example Times reported that the mayor called the vote “a betrayal of every family in this city.”'], { outlet: 'The Example Times' });
    const quote = extractQuotes([doc]).find((q) => q.text.includes('betrayal'));
    expect(quote?.speaker).not.toBe('The Example Times');
  });

  it('a headline in title case is no speaker', () => {
    const doc = makeDoc('a', ['Pence Endorses Paul Ryan With Trump Watching', '“I am just not quite there yet, and I am not quite there yet,” he said.']);
    expect(extractQuotes([doc])[0]?.speaker ?? null).toBeNull();
  });

  it('an adjective before a noun ("Republican claims") is no speaker', () => {
    const doc = makeDoc('a', ['Democrats on the committee will release transcripts next week.', 'The move is an effort to disprove Republican claims of “significant breakthroughs in the investigation of the attacks.”']);
    expect(extractQuotes([doc])[0]?.speaker ?? null).not.toBe('Republican');
  });

  it('a scare-quoted word right before "said" (self-identified “liberals” said) is no quote', () => {
    const doc = makeDoc('a', ['In a poll released Sunday, just 3 percent of self-identified “liberals” said they would vote for the Green Party.']);
    expect(extractQuotes([doc])).toEqual([]);
  });
  it('scare quotes and quoted titles are not quotes', () => {
    const doc = makeDoc('a', ['The senator defended the so-called “reform” package passed in June and the “Families First” plan.']);
    expect(extractQuotes([doc])).toEqual([]);
  });
});

describe('quote mark pairing', () => {
  const texts = (t: string) => quoteSpans(t).map((s) => t.slice(s.start, s.end));
  it('pairs curly, straight and guillemet quotes', () => {
    expect(texts('He said “one thing” and "another thing" and «a third».')).toEqual(['one thing', 'another thing', 'a third']);
  });
  it('closes on a wrong-way mark glued to the words (“…“ and ”…”)', () => {
    expect(texts('“We are ready,“ he said. ”We will go,” she said.')).toEqual(['We are ready,', 'We will go,']);
  });
  it('opens a straight quote glued to a colon (a transcript label: Rep. Ann Lee:"…")', () => {
    expect(texts('Rep. Ann Lee (R-Ohio):"Who told you that figure? Who told you that?"')).toEqual(['Who told you that figure? Who told you that?']);
  });
  it('keeps a quote that runs on past the end of its paragraph', () => {
    expect(quoteSpans('She said: “We will rebuild every school in the county.')).toMatchObject([{ open: true }]);
  });
});

describe('who a written name stands for', () => {
  const ctx = { mentions: [], previous: null, outlet: null };
  const named = (name: string) =>
    resolveCandidate({ start: 0, end: name.length, sentence: 0, base: 0, kind: 'name', text: name, mention: { source: 'a', sentence: 0, start: 0, end: name.length, name, kind: 'person', gender: null, role: null } }, ctx, 0);
  it('a headline verb in title case makes a run no name ("Francois Hollande Says Donald Trump")', () => {
    expect(named('Francois Hollande Says Donald Trump')).toBeNull();
    expect(named('Ann Lee Tells Voters')).toBeNull();
  });
  it('a name is still a name', () => {
    expect(named('Ann Lee')).toMatchObject({ name: 'Ann Lee', kind: 'person' });
  });
});
