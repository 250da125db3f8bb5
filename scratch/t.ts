import nlp from 'compromise';
const t = "Mexico’s President Claudia Sheinbaum (Photo: Getty Images) said. US Secretary of State Marco Rubio met Ms. Sheinbaum. Arturo Rocha, a former Mexican foreign official, spoke. The Department of Defense and the Pentagon. The U.S. and the United States. Reuters) - Vladimir Padrino López said.";
const d = nlp(t);
console.log(d.people().out('array'), d.organizations().out('array'), d.places().out('array'));
console.log(JSON.stringify(d.people().json({offset:true}).map((x:any)=>[x.text,x.offset])));
