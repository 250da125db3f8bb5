import nlp from 'compromise';
const t = "US Secretary of State Marco Rubio met Ms. Sheinbaum. Arturo Rocha, a former Mexican foreign official, spoke. Craig Deare said. Todd Robinson said. Cecilia Farfán-Méndez warned. Ronald Johnson boasted. The Pentagon and Mexico and Venezuela and Afghanistan and Iraq. The Sinaloa Cartel.";
const d = nlp(t);
for (const term of d.json()[0].terms) console.log(term.text, term.tags.join(','));
console.log(JSON.stringify(d.people().json()[0]));
