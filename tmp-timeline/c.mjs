import * as chrono from 'chrono-node';
const ref = { instant: new Date(Date.UTC(2025,7,9,12)), timezone: 0 };
const texts = ["On August 9, the Times reported", "Aug. 9, 2025 and Sept. 3 and 9 August 2025 and 2025-08-09 and 08/09/2025", "on Friday they met; Friday's news", "two weeks ago, three days ago, yesterday, last week, last month, in February, May 2024", "6,072 migrants and 75 percent and in 2024", "the mid-1990s, in the spring", "He may go. They march on March 3.", "on Sept. 3 and Sep 3rd and the 3rd of September", "at 11:24 AM Saturday, 09 August 2025", "in 3 days, next Tuesday, last Tuesday, this Friday"];
for (const t of texts) {
  const r = chrono.parse(t, ref, {forwardDate:false});
  console.log(t); for (const x of r) console.log('  ', JSON.stringify(x.text), x.index, JSON.stringify(x.start.knownValues), JSON.stringify(x.start.impliedValues), x.start.tags ? [...x.start.tags()] : '');
}
