// Closed-class Norwegian words (Bokmål and Nynorsk) the event rules need.
import type { Grammar } from '../grammar.js';

export const norwegian: Grammar = {
  locative: ['i', 'på', 'ved', 'utenfor', 'utanfor', 'innenfor', 'innanfor', 'nær', 'rundt'],
  destination: ['til', 'tilbake', 'attende', 'inn'],
  origin: ['fra', 'frå'],
  of: ['i', 'til'],
  agent: ['av', 'fra', 'frå'],
  beneficiary: ['for', 'vegne'],
  passive: ['ble', 'blir', 'blitt', 'vart', 'vert', 'vorte', 'bli', 'verte', 'utsatt', 'utsette', 'ofre', 'offer', 'under'],
  firstPerson: ['meg'],
  groupPronouns: ['dem', 'de', 'dei'],
  pronounsPerson: ['han', 'ham', 'hun', 'henne', 'ho', 'hennar', 'hennes', 'hans', 'meg'],
  subjectPronouns: ['hun', 'jeg', 'eg', 'vi', 'me', 'de', 'dei'],
  speech: ['sier', 'sa', 'seier', 'skriver', 'skreiv', 'skrev', 'forteller', 'fortel', 'fortalte', 'ifølge', 'følge', 'uttaler', 'legger', 'talsperson', 'talsmann', 'informasjonsdirektør'],
  clauseBreakers: ['men', 'mens', 'medan', 'selv', 'sjølv', 'fordi'],
  thisCountry: ['landet'],
  secondPerson: ['deg', 'dere', 'dykk'],
  comparison: ['enn', 'likhet'],
  culprits: ['mistenkte', 'siktede', 'tiltalte', 'spion', 'spionen', 'spionane', 'spionene', 'gjerningsmann', 'gjerningsmannen', 'gjerningsmenn', 'drapsmann', 'drapsmannen', 'leiemorder', 'leiemorderen'],
  coordination: ['og', 'eller', 'samt'],
  determiners: ['den', 'det', 'de', 'dei', 'en', 'ein', 'et', 'eit', 'sin', 'sitt', 'sine'],
  accusation: ['anklaget', 'anklager', 'anklaga', 'skulda', 'beskyldte', 'beskylder', 'kritiserte', 'kritiserer', 'fordømte', 'fordømmer', 'dømt', 'dømte', 'domfelt'],
  nameStop: ['Den', 'Det', 'De', 'Dei', 'En', 'Ein', 'Et', 'Eit', 'I', 'På', 'Og', 'Men', 'Han', 'Hun', 'Ho', 'Vi', 'Me', 'Jeg', 'Eg', 'Du', 'Hans', 'Hennes', 'Deres', 'Dette', 'Denne', 'Etter', 'Før', 'Da', 'Då', 'Når', 'Om', 'Som', 'Fra', 'Frå', 'Med', 'Av', 'Til', 'For', 'Ifølge', 'Mange', 'Noen', 'Nokre', 'Andre', 'Alle', 'Hvis', 'Dersom', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag', 'Måndag', 'Tysdag', 'Laurdag', 'Sundag', 'Januar', 'Februar', 'Mars', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Desember', 'Amnesty', 'International', 'Islam', 'Allah', 'Koranen', 'Human', 'Rights', 'Watch', 'Politiets', 'Sikkerhetstjeneste', 'PST', 'NRK', 'NTB', 'FN', 'EU', 'Publisert', 'Oppdatert', 'Sist', 'Bilde', 'Foto'],
};
